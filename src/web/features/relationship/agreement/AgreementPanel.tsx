import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  List,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { isValidElement, type ReactNode, useState } from "react";
import { formatDate } from "../../../ui/dates.ts";
import { ErrorAlert } from "../../../ui/ErrorAlert.tsx";
import { AnchorLink } from "../../../ui/links.tsx";
import type { PanelProps } from "../RelationshipPage.tsx";
import { AgreementForm } from "./AgreementForm.tsx";
import { AgreementHistory } from "./AgreementHistory.tsx";
import { type AgreementAnswer, acceptAgreement, agreementQuery, channelLabels } from "./api.ts";

const weeks = (n: number) => (n === 1 ? "Every week" : `Every ${n} weeks`);

/** The agreement: how the people in a relationship have chosen to work together. */
export function AgreementPanel({ relationship }: PanelProps) {
  const query = useQuery(agreementQuery(relationship.id));
  const [editing, setEditing] = useState(false);
  const words =
    relationship.kind === "circle"
      ? { mentor: "facilitator", mentee: "members" }
      : { mentor: "mentor", mentee: "mentee" };

  if (query.isPending) return <Skeleton h={240} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  const answer = query.data;
  const { agreement } = answer;

  return (
    <Stack gap="lg" maw={820}>
      <WhyItMatters />
      <StatusLine answer={answer} />
      {editing ? (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="md">
            {agreement.isDraft ? "Propose your agreement" : "Change your agreement"}
          </Title>
          <AgreementForm
            relationshipId={relationship.id}
            initial={agreement}
            words={words}
            onCancel={() => setEditing(false)}
            onDone={(saved) => {
              setEditing(false);
              notifications.show({
                message:
                  saved.agreement.version === agreement.version
                    ? "Nothing had changed, so there's nothing new to accept."
                    : "Saved. We've asked the others to have a look and accept it.",
              });
            }}
          />
        </Card>
      ) : (
        <AgreementView
          answer={answer}
          relationshipId={relationship.id}
          words={words}
          onEdit={() => setEditing(true)}
        />
      )}
      {!agreement.isDraft && (
        <Card withBorder radius="md" padding="lg">
          <Title order={2} size="h4" mb="sm">
            How it has changed
          </Title>
          <AgreementHistory relationshipId={relationship.id} />
        </Card>
      )}
    </Stack>
  );
}

function WhyItMatters() {
  return (
    <Text c="dimmed">
      Relationships go further when everyone agrees up front how they'll work: how often you meet,
      what stays between you, what each of you brings, and a kind way to stop if it isn't working.
      Unmet expectations are one of the most common reasons mentoring ends early — writing them down
      together, and changing them as you learn, is the simplest way to avoid that.
    </Text>
  );
}

function StatusLine({ answer }: { answer: AgreementAnswer }) {
  if (answer.agreement.isDraft) {
    return (
      <Alert color="blue" title="A starting point">
        This draft comes from your program's suggestions. Change anything that doesn't fit, add your
        goals, and save it: the others will be asked to accept it.
      </Alert>
    );
  }
  if (answer.changedSinceIAccepted) {
    return (
      <Alert color="blue" title="It has changed since you accepted it">
        Have a look at what changed below, and accept the new version when it feels right.
      </Alert>
    );
  }
  if (answer.inForce) {
    return (
      <Alert color="mutual" title="Your agreement is in place">
        Everyone accepted it on {formatDate(answer.agreedAt)}. You can change it together at any
        time.
      </Alert>
    );
  }
  return (
    <Alert color="blue" title="Waiting for everyone to accept">
      It's in place once everyone has accepted it.
    </Alert>
  );
}

function AgreementView({
  answer,
  relationshipId,
  words,
  onEdit,
}: {
  answer: AgreementAnswer;
  relationshipId: string;
  words: { mentor: string; mentee: string };
  onEdit: () => void;
}) {
  const { agreement, goals } = answer;
  const queryClient = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptAgreement(relationshipId, agreement.version),
    onSuccess: (next) => {
      queryClient.setQueryData(agreementQuery(relationshipId).queryKey, next);
      void queryClient.invalidateQueries({ queryKey: ["relationships", relationshipId] });
      notifications.show({
        message:
          next.inForce && !answer.inForce
            ? "Thank you. Your agreement is in place: time to plan your first session."
            : "Thank you. You've accepted this version of the agreement.",
      });
    },
  });
  const canAccept = answer.canEdit && !agreement.isDraft && !answer.acceptedByMe;

  return (
    <Card withBorder radius="md" padding="lg">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h4">
          {agreement.isDraft
            ? "Suggested agreement"
            : `Your agreement · version ${agreement.version}`}
        </Title>
        {answer.canEdit && (
          <Button variant="light" onClick={onEdit}>
            {agreement.isDraft ? "Edit and propose" : "Change the agreement"}
          </Button>
        )}
      </Group>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Term label="How often">{weeks(agreement.cadenceWeeks)}</Term>
          <Term label="Each session">{agreement.sessionMinutes} minutes</Term>
          <Term label="Ends on">{formatDate(agreement.endsOn)}</Term>
        </SimpleGrid>
        <Term label="How you'll meet">
          {channelLabels[agreement.channel]}
          {agreement.channelDetail ? ` · ${agreement.channelDetail}` : ""}
        </Term>
        <Term label="Goals">
          {goals.length === 0 ? (
            <Text size="sm">
              No goals yet.{" "}
              <AnchorLink
                to="/relationships/$relationshipId"
                params={{ relationshipId }}
                search={{ tab: "goals" }}
              >
                Add your first goal
              </AnchorLink>{" "}
              — the agreement can be accepted once there is one.
            </Text>
          ) : (
            <List size="sm" spacing={4}>
              {goals.map((goal) => (
                <List.Item key={goal.id}>
                  <Text size="sm" fw={500} span>
                    {goal.title}
                  </Text>
                  <Text size="sm" c="dimmed">
                    You'll know when: {goal.measure}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Term>
        <Term label="What stays confidential">{agreement.confidentiality}</Term>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Term label={`What the ${words.mentor} takes on`}>
            {agreement.mentorResponsibilities}
          </Term>
          <Term
            label={`What the ${words.mentee} ${words.mentee === "members" ? "take" : "takes"} on`}
          >
            {agreement.menteeResponsibilities}
          </Term>
        </SimpleGrid>
        <Term label="Ending early, without blame">{agreement.earlyEnding}</Term>

        {!agreement.isDraft && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              Who has accepted
            </Text>
            {answer.acceptances.map((a) => (
              <Group key={a.personId} gap="xs">
                <Text size="sm">{a.name}</Text>
                {a.ofCurrentVersion ? (
                  <Badge color="mutual" variant="light">
                    Accepted {formatDate(a.acceptedAt)}
                  </Badge>
                ) : a.version !== null ? (
                  <Badge color="indigo" variant="light">
                    Accepted version {a.version} on {formatDate(a.acceptedAt)}
                  </Badge>
                ) : (
                  <Badge color="gray" variant="light">
                    Not yet
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
        )}
        <ErrorAlert error={accept.error} />
        {canAccept && (
          <Group>
            <Button
              onClick={() => accept.mutate()}
              loading={accept.isPending}
              disabled={goals.length === 0}
            >
              Accept this agreement
            </Button>
            {goals.length === 0 && (
              <Text size="sm" c="dimmed">
                Add a goal first: goals are part of the agreement.
              </Text>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}

function Term({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      {isValidElement(children) ? (
        children
      ) : (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {children}
        </Text>
      )}
    </div>
  );
}
