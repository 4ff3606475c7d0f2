/**
 * Given and family names for the demo organization, written for Mutual from names common in
 * each culture; people are made by combining them at random, so nobody real is meant. Some
 * cultures also have their native script: such a person's name is written in it, and their
 * Latin spelling becomes their preferred name and their email address.
 */

/** A name in its own script and in Latin letters. */
type Native = readonly [native: string, latin: string];

/** "Ana, João, Thu Trang" → ["Ana", "João", "Thu Trang"] (names may hold spaces). */
const list = (names: string): string[] => names.split(", ");
/** "Анна=Anna, Иван=Ivan" → [["Анна", "Anna"], ["Иван", "Ivan"]]. */
const pairs = (names: string): Native[] =>
  list(names).map((pair) => {
    const [native = "", latin = ""] = pair.split("=");
    return [native, latin];
  });

export type Culture = {
  id: string;
  given: readonly string[];
  family: readonly string[];
  /** Family name first ("Nguyễn Thu Trang", "王 小明"). */
  familyFirst?: boolean;
  /** Names in the native script, used for about half of this culture's people. */
  native?: { given: readonly Native[]; family: readonly Native[]; joiner: string };
  languages: readonly string[];
  /** Where people of this culture mostly work (location ids, see org-shape.ts). */
  homes: readonly string[];
};

export const CULTURES: readonly Culture[] = [
  {
    id: "english",
    given: list(
      "Olivia, Jack, Amelia, Harry, Isla, Oscar, Grace, Noah, Ruby, Leo, Chloe, Theo, Evie, Alfie, Hannah, Sam, Megan, Callum, Ella, Toby",
    ),
    family: list(
      "Smith, Taylor, Brown, Wilson, Evans, Walker, Wright, Hughes, Green, Hall, Clarke, Turner, Harris, Cooper, Ward, Morgan, Price, Bennett, Fletcher, Shaw",
    ),
    languages: ["en"],
    homes: ["london", "new-york", "toronto", "sydney"],
  },
  {
    id: "irish",
    given: list(
      "Siobhán, Seán, Aoife, Ciarán, Niamh, Pádraig, Róisín, Eoin, Caoimhe, Darragh, Saoirse, Cathal, Órla, Fionn, Méabh, Tadhg",
    ),
    family: list(
      "Ó Briain, Murphy, Kelly, O'Sullivan, Walsh, Byrne, Ryan, O'Connor, Ní Dhomhnaill, Doyle, McCarthy, Gallagher, Quinn, Nolan",
    ),
    languages: ["en", "ga"],
    homes: ["dublin", "london"],
  },
  {
    id: "spanish",
    given: list(
      "Lucía, Mateo, Sofía, Hugo, Martina, Álvaro, Valentina, Diego, Paula, Javier, Carmen, Andrés, Inés, Pablo, Ximena, Joaquín, Camila, Tomás, Renata, Iñigo",
    ),
    family: list(
      "García, Martínez, López, Sánchez, Pérez, Gómez, Fernández, Díaz, Moreno, Muñoz, Álvarez, Romero, Navarro, Torres, Ramírez, Castillo, Ortega, Núñez, Vargas, Herrera",
    ),
    languages: ["es", "en"],
    homes: ["madrid", "mexico-city", "new-york"],
  },
  {
    id: "portuguese",
    given: list(
      "Beatriz, João, Mariana, Tiago, Leonor, Rafael, Inês, Gonçalo, Ana, Duarte, Luana, Caio, Gabriela, Thiago, Letícia, Vinícius, Matilde, Rodrigo",
    ),
    family: list(
      "Silva, Santos, Ferreira, Pereira, Oliveira, Costa, Rodrigues, Martins, Sousa, Gonçalves, Lima, Araújo, Carvalho, Ribeiro, Almeida, Barbosa, Conceição, Magalhães",
    ),
    languages: ["pt", "en"],
    homes: ["lisbon", "sao-paulo"],
  },
  {
    id: "french",
    given: list(
      "Camille, Louis, Léa, Gabriel, Manon, Arthur, Chloé, Jules, Inès, Raphaël, Zoé, Théo, Élodie, Hugo, Margaux, Noé, Anaïs, Mathis",
    ),
    family: list(
      "Martin, Bernard, Dubois, Thomas, Robert, Richard, Petit, Durand, Leroy, Moreau, Simon, Laurent, Lefèvre, Michel, Garnier, Fontaine, Rousseau, Chevalier",
    ),
    languages: ["fr", "en"],
    homes: ["paris", "toronto", "london"],
  },
  {
    id: "german",
    given: list(
      "Lena, Lukas, Mia, Jonas, Hannah, Felix, Emilia, Maximilian, Lea, Paul, Clara, Moritz, Jana, Tobias, Sophie, Niklas, Greta, Jürgen",
    ),
    family: list(
      "Müller, Schmidt, Schneider, Fischer, Weber, Meyer, Wagner, Becker, Schulz, Hoffmann, Koch, Richter, Klein, Wolf, Schröder, Neumann, Braun, Zimmermann",
    ),
    languages: ["de", "en"],
    homes: ["berlin"],
  },
  {
    id: "polish",
    given: list(
      "Zofia, Jakub, Maja, Kacper, Julia, Szymon, Zuzanna, Łukasz, Natalia, Wojciech, Agnieszka, Michał, Małgorzata, Paweł, Katarzyna, Bartłomiej",
    ),
    family: list(
      "Nowak, Kowalski, Wiśniewska, Wójcik, Kowalczyk, Kamiński, Lewandowska, Zieliński, Szymańska, Woźniak, Dąbrowski, Kozłowska, Jankowski, Mazur",
    ),
    languages: ["pl", "en"],
    homes: ["warsaw", "berlin"],
  },
  {
    id: "nordic",
    given: list(
      "Freja, Emil, Ingrid, Oskar, Astrid, Magnus, Sigrid, Aksel, Elin, Henrik, Linnéa, Søren, Maja, Björn, Tove, Jørgen",
    ),
    family: list(
      "Andersen, Johansson, Nielsen, Lindqvist, Hansen, Karlsson, Larsen, Eriksson, Berg, Lindström, Sørensen, Nyström, Dahl, Holm, Åberg, Østergaard",
    ),
    languages: ["sv", "da", "no", "en"],
    homes: ["berlin", "london"],
  },
  {
    id: "slavic",
    given: list(
      "Anna, Dmitri, Olga, Mikhail, Yulia, Oleksandr, Daria, Ivan, Kateryna, Sergei, Polina, Andriy",
    ),
    family: list(
      // Surnames that don't change with gender (Russian ones do: Sokolov / Sokolova).
      "Shevchenko, Kovalenko, Bondarenko, Melnyk, Tkachenko, Kravchenko, Lysenko, Marchenko, Savchenko, Rudenko",
    ),
    native: {
      joiner: " ",
      given: pairs(
        "Анна=Anna, Дмитрий=Dmitri, Ольга=Olga, Михаил=Mikhail, Юлия=Yulia, Олександр=Oleksandr, Дарья=Daria, Иван=Ivan, Катерина=Kateryna, Сергей=Sergei",
      ),
      family: pairs(
        "Шевченко=Shevchenko, Коваленко=Kovalenko, Бондаренко=Bondarenko, Мельник=Melnyk, Ткаченко=Tkachenko, Кравченко=Kravchenko, Лысенко=Lysenko, Марченко=Marchenko",
      ),
    },
    languages: ["uk", "ru", "en"],
    homes: ["warsaw", "berlin"],
  },
  {
    id: "greek",
    given: list("Eleni, Giorgos, Maria, Nikos, Katerina, Dimitris, Sofia, Yannis, Despina, Kostas"),
    family: list(
      "Papadopoulos, Georgiou, Nikolaou, Papadaki, Oikonomou, Christodoulou, Vlachou, Karagiannis",
    ),
    native: {
      joiner: " ",
      given: pairs(
        "Ελένη=Eleni, Γιώργος=Giorgos, Μαρία=Maria, Νίκος=Nikos, Κατερίνα=Katerina, Δημήτρης=Dimitris",
      ),
      family: pairs(
        "Παπαδοπούλου=Papadopoulou, Γεωργίου=Georgiou, Νικολάου=Nikolaou, Οικονόμου=Oikonomou, Καραγιάννης=Karagiannis",
      ),
    },
    languages: ["el", "en"],
    homes: ["berlin", "london"],
  },
  {
    id: "turkish",
    given: list(
      "Elif, Mehmet, Zeynep, Emre, Ayşe, Burak, Defne, Can, Selin, Oğuz, İpek, Çağrı, Gökçe, Barış",
    ),
    family: list(
      "Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Arslan, Doğan, Kılıç, Aksoy, Erdoğan, Güneş",
    ),
    languages: ["tr", "en"],
    homes: ["berlin", "dubai", "london"],
  },
  {
    id: "arabic",
    given: list(
      "Layla, Omar, Yasmin, Karim, Nour, Tariq, Rania, Samir, Hala, Youssef, Amira, Khalid",
    ),
    family: list("Haddad, Mansour, Khoury, Nasser, Saleh, Hamdan, Farouk, Aziz, Rahman, Sabbagh"),
    native: {
      joiner: " ",
      given: pairs("ليلى=Layla, عمر=Omar, ياسمين=Yasmin, كريم=Karim, نور=Nour, طارق=Tariq"),
      family: pairs("حداد=Haddad, منصور=Mansour, خوري=Khoury, ناصر=Nasser, صالح=Saleh"),
    },
    languages: ["ar", "en", "fr"],
    homes: ["dubai", "paris", "london"],
  },
  {
    id: "indian",
    given: list(
      "Aarav, Priya, Vihaan, Ananya, Arjun, Diya, Rohan, Kavya, Ishaan, Meera, Aditya, Sneha, Kabir, Lakshmi, Nikhil, Pooja, Siddharth, Tanvi, Rahul, Shreya",
    ),
    family: list(
      "Sharma, Patel, Iyer, Reddy, Nair, Gupta, Singh, Menon, Kumar, Desai, Rao, Joshi, Chatterjee, Pillai, Bhat, Mehta, Kapoor, Krishnan",
    ),
    native: {
      joiner: " ",
      given: pairs("आरव=Aarav, प्रिया=Priya, अर्जुन=Arjun, दिया=Diya, रोहन=Rohan, मीरा=Meera"),
      family: pairs("शर्मा=Sharma, पटेल=Patel, गुप्ता=Gupta, सिंह=Singh, जोशी=Joshi"),
    },
    languages: ["hi", "en"],
    homes: ["bangalore", "london", "new-york", "singapore"],
  },
  {
    id: "chinese",
    familyFirst: true,
    given: list("Wei, Xiaoming, Li Na, Jing, Hao, Mei, Yifan, Xin, Jun, Yuting, Zihan, Lei"),
    family: list("Wang, Li, Zhang, Liu, Chen, Yang, Huang, Zhao, Wu, Zhou, Xu, Sun"),
    native: {
      joiner: "",
      given: pairs(
        "伟=Wei, 小明=Xiaoming, 丽娜=Lina, 静=Jing, 浩=Hao, 美=Mei, 一凡=Yifan, 欣=Xin, 俊=Jun, 雨婷=Yuting, 子涵=Zihan, 磊=Lei",
      ),
      family: pairs(
        "王=Wang, 李=Li, 张=Zhang, 刘=Liu, 陈=Chen, 杨=Yang, 黄=Huang, 赵=Zhao, 吴=Wu, 周=Zhou",
      ),
    },
    languages: ["zh", "en"],
    homes: ["singapore", "sydney", "toronto"],
  },
  {
    id: "japanese",
    familyFirst: true,
    given: list("Haruto, Yui, Sota, Aoi, Ren, Hina, Yuto, Sakura, Kaito, Mio, Riku, Yuna"),
    family: list(
      "Sato, Suzuki, Takahashi, Tanaka, Watanabe, Ito, Yamamoto, Nakamura, Kobayashi, Kato",
    ),
    native: {
      joiner: " ",
      given: pairs(
        "陽翔=Haruto, 結衣=Yui, 蒼太=Sota, 葵=Aoi, 蓮=Ren, 陽菜=Hina, さくら=Sakura, 海斗=Kaito",
      ),
      family: pairs(
        "佐藤=Sato, 鈴木=Suzuki, 高橋=Takahashi, 田中=Tanaka, 渡辺=Watanabe, 伊藤=Ito, 山本=Yamamoto",
      ),
    },
    languages: ["ja", "en"],
    homes: ["tokyo", "singapore"],
  },
  {
    id: "korean",
    familyFirst: true,
    given: list(
      "Min-jun, Seo-yeon, Ji-ho, Ha-eun, Do-yun, Su-bin, Ye-jin, Hyun-woo, Ji-woo, Seung-hoon",
    ),
    family: list("Kim, Lee, Park, Choi, Jung, Kang, Cho, Yoon, Jang, Lim"),
    native: {
      joiner: "",
      given: pairs("민준=Minjun, 서연=Seoyeon, 지호=Jiho, 하은=Haeun, 도윤=Doyun, 수빈=Subin"),
      family: pairs("김=Kim, 이=Lee, 박=Park, 최=Choi, 정=Jung, 강=Kang"),
    },
    languages: ["ko", "en"],
    homes: ["seoul", "singapore"],
  },
  {
    id: "vietnamese",
    familyFirst: true,
    given: list(
      "Thu Trang, Minh Anh, Quốc Bảo, Ngọc Lan, Đức Huy, Thanh Hương, Văn Nam, Phương Linh, Hoàng Long, Bích Ngọc",
    ),
    family: list("Nguyễn, Trần, Lê, Phạm, Hoàng, Huỳnh, Phan, Vũ, Võ, Đặng, Bùi, Đỗ"),
    languages: ["vi", "en"],
    homes: ["singapore", "sydney"],
  },
  {
    id: "west-african",
    given: list(
      "Adaeze, Chinedu, Folake, Oluwaseun, Ngozi, Emeka, Yetunde, Tunde, Chiamaka, Kelechi, Abimbola, Ifeanyi, Ama, Kwame, Efua, Kofi",
    ),
    family: list(
      "Okafor, Adeyemi, Okonkwo, Balogun, Eze, Adebayo, Nwosu, Ogunleye, Mensah, Owusu, Boateng, Asante, Olawale, Chukwu",
    ),
    languages: ["en", "yo", "ig"],
    homes: ["lagos", "london", "toronto"],
  },
  {
    id: "east-african",
    given: list(
      "Wanjiru, Otieno, Achieng, Kamau, Nyokabi, Baraka, Zawadi, Juma, Amani, Makena, Tumaini, Imani",
    ),
    family: list(
      "Mwangi, Odhiambo, Kiprop, Njoroge, Wambui, Mutua, Chebet, Omondi, Kariuki, Achieng",
    ),
    languages: ["sw", "en"],
    homes: ["nairobi", "london"],
  },
  {
    id: "italian",
    given: list(
      "Giulia, Lorenzo, Chiara, Matteo, Francesca, Alessandro, Sara, Niccolò, Martina, Federico, Aurora, Gabriele",
    ),
    family: list(
      "Rossi, Russo, Ferrari, Esposito, Bianchi, Romano, Colombo, Ricci, Marino, Greco, Bruno, De Luca",
    ),
    languages: ["it", "en"],
    homes: ["berlin", "london", "new-york"],
  },
];

/** ASCII for an email address: accents dropped, letters without a decomposition spelled out. */
export function asciiOf(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[łŁ]/g, "l")
    .replace(/[øØ]/g, "o")
    .replace(/[đĐ]/g, "d")
    .replace(/ß/g, "ss")
    .replace(/[æÆ]/g, "ae")
    .replace(/ı/g, "i")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "");
}
