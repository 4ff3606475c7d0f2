import {
  Checkbox,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
} from "@mantine/core";
import { MEASURE_LABELS, MEASURES } from "../../../modules/programs/measures.ts";
import type { Recommendation } from "../../../modules/programs/recommend.ts";
import type { Format, Kind, MatchingMode, Program, Purpose, Roles, Weights } from "./api.ts";
import {
  FORMAT_LABELS,
  KIND_HINTS,
  KIND_LABELS,
  MODE_LABELS,
  PURPOSE_LABELS,
  ROLES_LABELS,
  WEIGHT_LABELS,
} from "./labels.ts";

/** The settings a manager chooses, in the wizard and on the program's page. */
export type ChosenSettings = Pick<
  Program,
  | "purpose"
  | "format"
  | "roles"
  | "kind"
  | "durationMonths"
  | "cadenceMinWeeks"
  | "cadenceMaxWeeks"
  | "measures"
  | "matching"
  | "preparationRequired"
>;

/** What the wizard recommends, as settings to start from. */
export function settingsFromRecommendation(r: Recommendation): ChosenSettings {
  return {
    purpose: r.purpose.value,
    format: r.format.value,
    roles: r.roles.value,
    kind: r.kind.value,
    durationMonths: r.durationMonths.value,
    cadenceMinWeeks: r.cadence.value.minWeeks,
    cadenceMaxWeeks: r.cadence.value.maxWeeks,
    measures: r.measures.value,
    preparationRequired: false,
    matching: {
      mode: r.mode.value,
      weights: r.weights.value,
      rules: {
        reportingChain: r.kind.value === "career",
        sameLocationRequired: r.sameLocationRequired.value,
        notPreviousPairs: true,
      },
      shortlistSize: 5,
      responseDays: 3,
    },
  };
}

/** "never with…" → "Never with….": a hint as a sentence. */
const sentence = (hint: string) => `${hint.charAt(0).toUpperCase()}${hint.slice(1)}.`;

const options = <T extends string>(labels: Record<T, string>) =>
  (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));

type Props = {
  value: ChosenSettings;
  onChange: (next: ChosenSettings) => void;
  /** Shows each recommendation's reason under its field. */
  reasons?: Recommendation | null;
  /** Format, roles and kind are fixed once matching has begun. */
  shapeLocked?: boolean;
};

export function SettingsFields({ value, onChange, reasons, shapeLocked }: Props) {
  const set = (next: Partial<ChosenSettings>) => onChange({ ...value, ...next });
  const setMatching = (next: Partial<ChosenSettings["matching"]>) =>
    set({ matching: { ...value.matching, ...next } });
  const setWeight = (key: keyof Weights, weight: number) =>
    setMatching({ weights: { ...value.matching.weights, [key]: weight } });
  const career = value.kind === "career";
  return (
    <Stack gap="md">
      <Fieldset legend="What it is">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label="Purpose"
            description={reasons?.purpose.reason}
            data={options(PURPOSE_LABELS)}
            value={value.purpose}
            allowDeselect={false}
            onChange={(v) => v && set({ purpose: v as Purpose })}
          />
          <Select
            label="Format"
            description={reasons?.format.reason}
            data={options(FORMAT_LABELS)}
            value={value.format}
            disabled={shapeLocked}
            allowDeselect={false}
            onChange={(v) => v && set({ format: v as Format })}
          />
          <Select
            label="Roles"
            description={reasons?.roles.reason}
            data={options(ROLES_LABELS)}
            value={value.roles}
            disabled={shapeLocked}
            allowDeselect={false}
            onChange={(v) => v && set({ roles: v as Roles })}
          />
          <Select
            label="Kind"
            description={reasons?.kind.reason ?? sentence(KIND_HINTS[value.kind])}
            data={options(KIND_LABELS)}
            value={value.kind}
            disabled={shapeLocked}
            allowDeselect={false}
            onChange={(v) => {
              if (!v) return;
              const kind = v as Kind;
              onChange({
                ...value,
                kind,
                matching: {
                  ...value.matching,
                  rules: {
                    ...value.matching.rules,
                    reportingChain: kind === "career" ? true : value.matching.rules.reportingChain,
                  },
                },
              });
            }}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend="Rhythm">
        <Group grow align="flex-start">
          <NumberInput
            label="Length in months"
            description={reasons?.durationMonths.reason}
            min={1}
            max={60}
            allowDecimal={false}
            value={value.durationMonths}
            onChange={(v) => typeof v === "number" && set({ durationMonths: v })}
          />
          <NumberInput
            label="Meet at least every … weeks"
            description={reasons?.cadence.reason}
            min={1}
            max={52}
            allowDecimal={false}
            value={value.cadenceMinWeeks}
            onChange={(v) => typeof v === "number" && set({ cadenceMinWeeks: v })}
          />
          <NumberInput
            label="and at most every … weeks"
            min={1}
            max={52}
            allowDecimal={false}
            value={value.cadenceMaxWeeks}
            onChange={(v) => typeof v === "number" && set({ cadenceMaxWeeks: v })}
          />
        </Group>
      </Fieldset>
      <Fieldset legend="Matching">
        <Stack>
          <Select
            label="How people are matched"
            description={reasons?.mode.reason}
            data={options(MODE_LABELS)}
            value={value.matching.mode}
            allowDeselect={false}
            onChange={(v) => v && setMatching({ mode: v as MatchingMode })}
          />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {(Object.keys(WEIGHT_LABELS) as (keyof Weights)[]).map((key) => (
              <NumberInput
                key={key}
                label={WEIGHT_LABELS[key]}
                min={0}
                max={20}
                allowDecimal={false}
                value={value.matching.weights[key]}
                onChange={(v) => typeof v === "number" && setWeight(key, v)}
              />
            ))}
          </SimpleGrid>
          {reasons && (
            <div style={{ fontSize: "var(--mantine-font-size-sm)" }}>{reasons.weights.reason}</div>
          )}
          <Switch
            label="Never pair someone with their manager or anyone in their reporting chain"
            description={
              career
                ? "Always on in career programs."
                : "On-the-job programs may pair a manager and their report; both will see that it is so."
            }
            checked={career || value.matching.rules.reportingChain}
            disabled={career}
            onChange={(e) =>
              setMatching({
                rules: { ...value.matching.rules, reportingChain: e.currentTarget.checked },
              })
            }
          />
          <Switch
            label="Only pair people who work in the same place"
            description={reasons?.sameLocationRequired.reason}
            checked={value.matching.rules.sameLocationRequired}
            onChange={(e) =>
              setMatching({
                rules: { ...value.matching.rules, sameLocationRequired: e.currentTarget.checked },
              })
            }
          />
          <Switch
            label="Don't pair people who were paired before"
            checked={value.matching.rules.notPreviousPairs}
            onChange={(e) =>
              setMatching({
                rules: { ...value.matching.rules, notPreviousPairs: e.currentTarget.checked },
              })
            }
          />
          <Group grow>
            <NumberInput
              label="Mentors on each mentee's shortlist"
              min={1}
              max={20}
              allowDecimal={false}
              value={value.matching.shortlistSize}
              onChange={(v) => typeof v === "number" && setMatching({ shortlistSize: v })}
            />
            <NumberInput
              label="Days a mentor has to answer a request"
              min={1}
              max={30}
              allowDecimal={false}
              value={value.matching.responseDays}
              onChange={(v) => typeof v === "number" && setMatching({ responseDays: v })}
            />
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend="Preparation and success">
        <Stack>
          <Switch
            label="People must finish the preparation pages before they are matched"
            checked={value.preparationRequired}
            onChange={(e) => set({ preparationRequired: e.currentTarget.checked })}
          />
          <Checkbox.Group
            label="How will you know it works?"
            description={reasons?.measures.reason}
            value={value.measures}
            onChange={(v) => set({ measures: v as ChosenSettings["measures"] })}
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs">
              {MEASURES.map((measure) => (
                <Checkbox key={measure} value={measure} label={MEASURE_LABELS[measure]} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
        </Stack>
      </Fieldset>
    </Stack>
  );
}
