import { asciiOf, CULTURES, type Culture } from "./names.ts";
import { LOCATIONS } from "./org-shape.ts";
import type { Random } from "./random.ts";

/** Names, places and email addresses: unique addresses, names in their own scripts sometimes. */
export class NameMaker {
  private readonly emails = new Map<string, number>();
  private readonly cultureWeights: number[];

  constructor(
    private readonly random: Random,
    private readonly domain: string,
  ) {
    this.cultureWeights = CULTURES.map((c) => (c.id === "english" ? 3 : 1));
  }

  next() {
    const culture = this.pickCulture();
    const homes = LOCATIONS.filter((l) => culture.homes.includes(l.id));
    const location =
      homes.length > 0 && this.random.chance(0.75)
        ? this.random.pick(homes)
        : this.random.pick(LOCATIONS);
    const order = (given: string, family: string, joiner = " ") =>
      culture.familyFirst ? `${family}${joiner}${given}` : `${given}${joiner}${family}`;
    let name: string;
    let preferredName: string | null = null;
    let latin: { given: string; family: string };
    if (culture.native && this.random.chance(0.5)) {
      const [given, givenLatin] = this.random.pick(culture.native.given);
      const [family, familyLatin] = this.random.pick(culture.native.family);
      name = order(given, family, culture.native.joiner);
      latin = { given: givenLatin, family: familyLatin };
      preferredName = order(givenLatin, familyLatin);
    } else {
      latin = { given: this.random.pick(culture.given), family: this.random.pick(culture.family) };
      name = order(latin.given, latin.family);
    }
    const languages = [...new Set([...culture.languages.slice(0, this.random.int(1, 2)), "en"])];
    return {
      name,
      preferredName,
      email: this.email(latin.given, latin.family),
      location,
      languages,
    };
  }

  private pickCulture(): Culture {
    const total = this.cultureWeights.reduce((a, b) => a + b, 0);
    let target = this.random.next() * total;
    for (let i = 0; i < CULTURES.length; i++) {
      target -= this.cultureWeights[i] ?? 0;
      if (target < 0) return CULTURES[i] as Culture;
    }
    return CULTURES[0] as Culture;
  }

  private email(given: string, family: string) {
    const local = `${asciiOf(given) || "person"}.${asciiOf(family) || "demo"}`;
    const seen = this.emails.get(local) ?? 0;
    this.emails.set(local, seen + 1);
    return `${seen === 0 ? local : `${local}${seen + 1}`}@${this.domain}`;
  }
}
