/**
 * A deterministic HR export of N people: an org tree 6–7 levels deep (a chief executive, spans of
 * 3–9 reports), departments that follow the tree, offices with their time zones, names from
 * several scripts, hire dates, and every person's manager by employee ID — with the rows
 * shuffled, as an HR system's export order has nothing to do with the tree.
 */

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  "Ada",
  "Amal",
  "Bo",
  "Chiara",
  "Dmitri",
  "Ebo",
  "Farah",
  "Grace",
  "Hiro",
  "Ines",
  "Jonas",
  "Kemi",
  "Lars",
  "Mei",
  "Nikhil",
  "Olga",
  "Pita",
  "Quentin",
  "Rosa",
  "Søren",
  "Tariq",
  "Uma",
  "Viktor",
  "Wanjiru",
  "Xiu",
  "Yusuf",
  "Zoë",
  "Зоя",
  "太郎",
  "أحمد",
  "Σοφία",
  "דוד",
];
const LAST = [
  "Lovelace",
  "Haddad",
  "Chen",
  "Rossi",
  "Ivanov",
  "Mensah",
  "Khan",
  "Hopper",
  "Tanaka",
  "García",
  "Schmidt",
  "Adeyemi",
  "Nilsson",
  "Wang",
  "Patel",
  "Kowalska",
  "Ngata",
  "Dubois",
  "Silva",
  "Kierkegaard",
  "Aziz",
  "Rao",
  "Novak",
  "Kamau",
  "Li",
  "Yılmaz",
  "Müller",
  "Иванова",
  "山田",
  "العلي",
  "Παπαδοπούλου",
  "כהן",
];
const DEPARTMENTS = [
  "Engineering",
  "Sales",
  "Marketing",
  "Finance",
  "People",
  "Operations",
  "Customer Success",
  "Legal",
  "Product",
  "Design",
];
const OFFICES: [string, string][] = [
  ["Lisbon", "Europe/Lisbon"],
  ["Berlin", "Europe/Berlin"],
  ["Nairobi", "Africa/Nairobi"],
  ["New York", "America/New_York"],
  ["São Paulo", "America/Sao_Paulo"],
  ["Tokyo", "Asia/Tokyo"],
  ["Bengaluru", "Asia/Kolkata"],
  ["Sydney", "Australia/Sydney"],
];
const LEVEL_TITLES = [
  "Chief executive",
  "Vice president",
  "Director",
  "Senior manager",
  "Team lead",
  "Senior specialist",
  "Specialist",
];

export const HEADER = [
  "Employee ID",
  "First Name",
  "Last Name",
  "Work Email",
  "Job Title",
  "Department",
  "Location",
  "Time Zone",
  "Manager Employee ID",
  "Hire Date",
];

type Person = { id: number; manager: number | null; level: number; department: string };

/** The rows (without the header), in export order. */
export function generatePeople(count: number, seed = 42): string[][] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const people: Person[] = [{ id: 0, manager: null, level: 0, department: "Leadership" }];
  // Breadth first: each person takes 3–9 reports until everyone has a place.
  for (let next = 0; people.length < count; next++) {
    const manager = people[next] as Person;
    const span = 3 + Math.floor(random() * 7);
    for (let i = 0; i < span && people.length < count; i++) {
      people.push({
        id: people.length,
        manager: manager.id,
        level: manager.level + 1,
        department:
          manager.level === 0
            ? (DEPARTMENTS[i % DEPARTMENTS.length] as string)
            : manager.department,
      });
    }
  }
  const rows = people.map((person) => {
    const [office, zone] = pick(OFFICES);
    const first = pick(FIRST);
    const last = pick(LAST);
    const year = 2000 + Math.floor(random() * 25);
    const month = 1 + Math.floor(random() * 12);
    const day = 1 + Math.floor(random() * 28);
    return [
      `E${String(person.id + 1).padStart(6, "0")}`,
      first,
      last,
      `person.${person.id + 1}@bench.example`,
      LEVEL_TITLES[Math.min(person.level, LEVEL_TITLES.length - 1)] as string,
      person.department,
      office,
      zone,
      person.manager === null ? "" : `E${String(person.manager + 1).padStart(6, "0")}`,
      `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    ];
  });
  for (let i = rows.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [rows[i], rows[j]] = [rows[j] as string[], rows[i] as string[]];
  }
  return rows;
}

export const toCsvLine = (cells: string[]) =>
  cells.map((cell) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",");
