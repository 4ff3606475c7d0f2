import { Checkbox, NumberInput, Radio, Stack, Switch, Textarea, TextInput } from "@mantine/core";
import type { NeedsAnalysis } from "../../../modules/programs/needs-analysis.ts";
import {
  AUDIENCE_LABELS,
  AUDIENCES,
  ISSUE_CATEGORIES,
  ISSUE_LABELS,
  KNOWLEDGE_SHARING,
  KNOWLEDGE_SHARING_LABELS,
  LEADERS_MODEL,
  LEADERS_MODEL_LABELS,
  TOOL_LABELS,
  TOOLS,
} from "../../../modules/programs/needs-analysis-options.ts";

/** The wizard's answers while they are being given: anything may still be missing. */
export type AnswersDraft = {
  category?: NeedsAnalysis["issue"]["category"];
  details: string;
  knowledgeSharing?: NeedsAnalysis["knowledgeSharing"];
  leadersModel?: NeedsAnalysis["leadersModel"];
  tools: NeedsAnalysis["tools"];
  personalDevicesAllowed: boolean;
  who?: NeedsAnalysis["audience"]["who"];
  description: string;
  size: number | "";
};

export const emptyAnswers: AnswersDraft = {
  details: "",
  tools: ["video_calls", "chat"],
  personalDevicesAllowed: true,
  description: "",
  size: "",
};

/** The complete answers, or null while something is missing. */
export function completeAnswers(a: AnswersDraft): NeedsAnalysis | null {
  if (!a.category || !a.knowledgeSharing || !a.leadersModel || !a.who) return null;
  if (typeof a.size !== "number" || a.size < 2) return null;
  return {
    issue: { category: a.category, details: a.details.trim() },
    knowledgeSharing: a.knowledgeSharing,
    leadersModel: a.leadersModel,
    tools: a.tools,
    personalDevicesAllowed: a.personalDevicesAllowed,
    audience: { who: a.who, description: a.description.trim(), size: a.size },
  };
}

type StepProps = { answers: AnswersDraft; onChange: (next: Partial<AnswersDraft>) => void };

export function NeedStep({ answers, onChange }: StepProps) {
  return (
    <Stack>
      <Radio.Group
        label="Which business problem should this program help with?"
        description="Pick the one closest to your situation; you can explain more below."
        value={answers.category ?? null}
        onChange={(value) => onChange({ category: value as AnswersDraft["category"] })}
      >
        <Stack gap="xs" mt="xs">
          {ISSUE_CATEGORIES.map((category) => (
            <Radio key={category} value={category} label={ISSUE_LABELS[category]} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label="Tell us a little more (optional)"
        description="What do you see happening today? What should be different in a year?"
        autosize
        minRows={3}
        maxLength={2000}
        value={answers.details}
        onChange={(event) => onChange({ details: event.currentTarget.value })}
      />
    </Stack>
  );
}

export function LearningTodayStep({ answers, onChange }: StepProps) {
  return (
    <Stack>
      <Radio.Group
        label="How is knowledge shared today?"
        value={answers.knowledgeSharing ?? null}
        onChange={(value) =>
          onChange({ knowledgeSharing: value as AnswersDraft["knowledgeSharing"] })
        }
      >
        <Stack gap="xs" mt="xs">
          {KNOWLEDGE_SHARING.map((value) => (
            <Radio key={value} value={value} label={KNOWLEDGE_SHARING_LABELS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <Radio.Group
        label="Do senior leaders mentor, or learn openly themselves?"
        value={answers.leadersModel ?? null}
        onChange={(value) => onChange({ leadersModel: value as AnswersDraft["leadersModel"] })}
      >
        <Stack gap="xs" mt="xs">
          {LEADERS_MODEL.map((value) => (
            <Radio key={value} value={value} label={LEADERS_MODEL_LABELS[value]} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group
        label="Which tools do people have to meet and share?"
        value={answers.tools}
        onChange={(value) => onChange({ tools: value as AnswersDraft["tools"] })}
      >
        <Stack gap="xs" mt="xs">
          {TOOLS.map((tool) => (
            <Checkbox key={tool} value={tool} label={TOOL_LABELS[tool]} />
          ))}
        </Stack>
      </Checkbox.Group>
      <Switch
        label="People may use their personal and mobile devices for mentoring"
        checked={answers.personalDevicesAllowed}
        onChange={(event) => onChange({ personalDevicesAllowed: event.currentTarget.checked })}
      />
    </Stack>
  );
}

export function AudienceStep({ answers, onChange }: StepProps) {
  return (
    <Stack>
      <Radio.Group
        label="Who is the program for?"
        value={answers.who ?? null}
        onChange={(value) => onChange({ who: value as AnswersDraft["who"] })}
      >
        <Stack gap="xs" mt="xs">
          {AUDIENCES.map((who) => (
            <Radio key={who} value={who} label={AUDIENCE_LABELS[who]} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput
        label="In a few words, who exactly? (optional)"
        placeholder="For example: engineers in Lisbon and Porto"
        maxLength={500}
        value={answers.description}
        onChange={(event) => onChange({ description: event.currentTarget.value })}
      />
      <NumberInput
        label="About how many people?"
        min={2}
        max={1_000_000}
        thousandSeparator=","
        allowDecimal={false}
        value={answers.size}
        onChange={(value) => onChange({ size: typeof value === "number" ? value : "" })}
      />
    </Stack>
  );
}
