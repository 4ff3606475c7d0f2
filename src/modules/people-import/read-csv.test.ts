import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvReader, type CsvRecord, detectDelimiter, readCsv } from "./read-csv.ts";

function parse(text: string) {
  const reader = new CsvReader();
  const records = [...reader.push(text), ...reader.end()];
  return { records, delimiter: reader.delimiter };
}

/** The same text fed in pieces cut at the given offsets. */
function parseInPieces(text: string, cuts: number[]) {
  const reader = new CsvReader();
  const records: CsvRecord[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    records.push(...reader.push(text.slice(from, cut)));
    from = cut;
  }
  records.push(...reader.push(text.slice(from)), ...reader.end());
  return records;
}

async function collect(chunks: (Uint8Array | string)[]) {
  async function* source() {
    yield* chunks;
  }
  const records: CsvRecord[] = [];
  for await (const batch of readCsv(source())) records.push(...batch);
  return records;
}

describe("reading CSV", () => {
  it("reads a plain file, numbering records by their physical line", () => {
    expect(parse("Email,Name\na@x.org,Ada\nb@x.org,Bo\n").records).toEqual([
      { line: 1, cells: ["Email", "Name"] },
      { line: 2, cells: ["a@x.org", "Ada"] },
      { line: 3, cells: ["b@x.org", "Bo"] },
    ]);
  });

  it("drops a byte-order mark and reads Windows and old Mac line ends", () => {
    const expected = [
      { line: 1, cells: ["Email", "Name"] },
      { line: 2, cells: ["a@x.org", "Ada"] },
    ];
    expect(parse("\uFEFFEmail,Name\r\na@x.org,Ada\r\n").records).toEqual(expected);
    expect(parse("Email,Name\ra@x.org,Ada").records).toEqual(expected);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks, and keeps line numbers true", () => {
    const text =
      'Name,Title,Note\r\n"Hopper, Grace","Rear ""Amazing"" Admiral","line one\r\nline two"\r\nAda,"",x\r\n';
    expect(parse(text).records).toEqual([
      { line: 1, cells: ["Name", "Title", "Note"] },
      { line: 2, cells: ["Hopper, Grace", 'Rear "Amazing" Admiral', "line one\r\nline two"] },
      { line: 4, cells: ["Ada", "", "x"] },
    ]);
  });

  it("detects semicolons and tabs from the header line", () => {
    const semicolons = parse("Email;Name;Note\na@x.org;Ada;1,5\n");
    expect(semicolons.delimiter).toBe(";");
    expect(semicolons.records[1]?.cells).toEqual(["a@x.org", "Ada", "1,5"]);
    const tabs = parse("Email\tName\na@x.org\tLovelace, Ada\n");
    expect(tabs.delimiter).toBe("\t");
    expect(tabs.records[1]?.cells).toEqual(["a@x.org", "Lovelace, Ada"]);
    // Delimiters inside quoted header names don't count.
    expect(detectDelimiter('"a;b;c",d,e\n', false)).toBe(",");
    expect(detectDelimiter("single column\n", false)).toBe(",");
    expect(detectDelimiter("no line end yet", false)).toBeNull();
  });

  it("skips blank lines and spreadsheet rows of empty cells, including at the end", () => {
    expect(parse("Email,Name\n\na@x.org,Ada\n,\n  \n\r\n\n").records).toEqual([
      { line: 1, cells: ["Email", "Name"] },
      { line: 3, cells: ["a@x.org", "Ada"] },
    ]);
  });

  it("keeps names in any script", () => {
    const text = "Name,Email\n山田 太郎,t@x.jp\nЗоя Космодемьянская,z@x.ru\nأحمد,a@x.eg\n";
    expect(parse(text).records.map((r) => r.cells[0])).toEqual([
      "Name",
      "山田 太郎",
      "Зоя Космодемьянская",
      "أحمد",
    ]);
  });

  it("reads a last line without a line end, and a trailing empty cell", () => {
    expect(parse("a,b\n1,").records).toEqual([
      { line: 1, cells: ["a", "b"] },
      { line: 2, cells: ["1", ""] },
    ]);
  });

  it("reports a quote that is never closed", () => {
    const { records } = parse('a,b\n1,"open\n2,3\n');
    expect(records[1]).toEqual({ line: 2, cells: ["1", "open\n2,3\n"], unclosedQuote: true });
  });

  it("gives the same records however the text is cut into chunks", () => {
    const text =
      '\uFEFFEmployee ID;Name;Note\r\n1;"Lovelace; Ada";"a ""quoted""\r\nnote"\r\n2;Bo;\r\n\r\n3;"";x\n4;Ω;"\r"\r\n';
    const whole = parse(text).records;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 12 }), (cuts) => {
        expect(parseInPieces(text, cuts)).toEqual(whole);
      }),
    );
  });

  it("decodes UTF-8 split anywhere across byte chunks", async () => {
    const bytes = new TextEncoder().encode("Name\nZoë 山田\n");
    const pieces = [...bytes].map((b) => Uint8Array.of(b));
    expect(await collect(pieces)).toEqual([
      { line: 1, cells: ["Name"] },
      { line: 2, cells: ["Zoë 山田"] },
    ]);
  });

  it("refuses bytes that aren't UTF-8, saying how to export the file", async () => {
    const latin1 = Uint8Array.from([0x4e, 0x61, 0x6d, 0x65, 0x0a, 0x5a, 0x6f, 0xeb, 0x0a]);
    await expect(collect([latin1])).rejects.toThrow(/CSV UTF-8/);
  });
});
