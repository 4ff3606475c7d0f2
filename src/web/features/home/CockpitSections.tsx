import { Badge, Card, Group, SimpleGrid, Stack, Text, ThemeIcon, Title } from "@mantine/core";
import {
  IconArrowRight,
  IconCalendarEvent,
  IconChecklist,
  IconHeartHandshake,
  IconInbox,
} from "@tabler/icons-react";
import type { ReactNode } from "react";
import { AnchorLink, ButtonLink } from "../../ui/links.tsx";
import { channelLabels } from "../relationship/sessions/api.ts";
import {
  type Cockpit,
  type CockpitCommitment,
  type CockpitRelationship,
  type CockpitSession,
  dateLabel,
  dayLabel,
  whenLabel,
} from "./cockpit-api.ts";

function Section({
  id,
  icon,
  title,
  children,
}: {
  id: string;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  return (
    <Card padding="lg" radius="md" withBorder component="section" aria-labelledby={id}>
      <Group gap="sm" wrap="nowrap">
        <ThemeIcon variant="light" size={34} radius="xl">
          {icon}
        </ThemeIcon>
        <Title order={2} size="h3" id={id}>
          {title}
        </Title>
      </Group>
      <Stack gap="sm" mt="md">
        {children}
      </Stack>
    </Card>
  );
}

const withWhom = (item: { kind: "pair" | "circle"; title: string }) =>
  item.kind === "circle" ? item.title : `with ${item.title}`;

/** Things that need me: sessions to confirm, "did it happen?", check-ins due. */
export function WaitingForYou({ cockpit }: { cockpit: Cockpit }) {
  const toConfirm = cockpit.upcomingSessions.filter((s) => s.needsMyConfirmation);
  const { attendance, checkIns } = cockpit.toDo;
  if (toConfirm.length + attendance.length + checkIns.length === 0) return null;
  return (
    <Section
      id="waiting-for-you"
      icon={<IconInbox size={18} aria-hidden="true" />}
      title="Waiting for you"
    >
      {toConfirm.map((s) => (
        <ToDo
          key={`confirm-${s.sessionId}`}
          text={`A session ${withWhom(s)} on ${whenLabel(s.startsAt)} waits for your yes.`}
          action={
            <ButtonLink
              size="xs"
              to="/relationships/$relationshipId/sessions/$sessionId"
              params={{ relationshipId: s.relationshipId, sessionId: s.sessionId }}
            >
              Confirm or suggest another time
            </ButtonLink>
          }
        />
      ))}
      {attendance.map((s) => (
        <ToDo
          key={`attendance-${s.sessionId}`}
          text={`Did your session ${withWhom(s)} on ${whenLabel(s.startsAt)} take place?`}
          action={
            <ButtonLink
              size="xs"
              variant="light"
              to="/relationships/$relationshipId/sessions/$sessionId"
              params={{ relationshipId: s.relationshipId, sessionId: s.sessionId }}
            >
              Tell us
            </ButtonLink>
          }
        />
      ))}
      {checkIns.map((c) => (
        <ToDo
          key={`check-in-${c.checkInId}`}
          text={
            c.checkInKind === "fit"
              ? `How is it going ${withWhom(c)}? A quick fit check is waiting.`
              : `A short check-in on your time ${withWhom(c)} is due: two minutes, three questions.`
          }
          action={
            <ButtonLink
              size="xs"
              variant="light"
              to="/relationships/$relationshipId"
              params={{ relationshipId: c.relationshipId }}
              search={{ tab: "check-ins" }}
            >
              Answer
            </ButtonLink>
          }
        />
      ))}
    </Section>
  );
}

function ToDo({ text, action }: { text: string; action: ReactNode }) {
  return (
    <Group justify="space-between" wrap="wrap" gap="xs">
      <Text size="sm" style={{ flex: "1 1 16rem" }}>
        {text}
      </Text>
      {action}
    </Group>
  );
}

/** Sessions in the next three weeks. */
export function ComingUp({ cockpit }: { cockpit: Cockpit }) {
  const running = cockpit.relationships.filter((r) => r.status === "active");
  if (running.length === 0 && cockpit.upcomingSessions.length === 0) return null;
  return (
    <Section
      id="coming-up"
      icon={<IconCalendarEvent size={18} aria-hidden="true" />}
      title="Coming up"
    >
      {cockpit.upcomingSessions.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing planned for the next three weeks. A regular rhythm is what makes learning together
          work: find a time from your relationship's page.
        </Text>
      ) : (
        cockpit.upcomingSessions.map((s) => <SessionRow key={s.sessionId} session={s} />)
      )}
    </Section>
  );
}

function SessionRow({ session }: { session: CockpitSession }) {
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <div>
        <AnchorLink
          fw={600}
          to="/relationships/$relationshipId/sessions/$sessionId"
          params={{ relationshipId: session.relationshipId, sessionId: session.sessionId }}
        >
          {whenLabel(session.startsAt)}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {session.kind === "circle" ? session.title : `With ${session.title}`} ·{" "}
          {channelLabels[session.channel]} · {session.durationMinutes} min
        </Text>
      </div>
      {session.status === "proposed" && (
        <Text
          size="xs"
          fw={700}
          c={session.needsMyConfirmation ? "red.9" : "dimmed"}
          style={{ flex: "none" }}
        >
          {session.needsMyConfirmation ? "Needs your yes" : "Proposed"}
        </Text>
      )}
    </Group>
  );
}

/** My own open commitments: what I said I'd do, overdue first. */
export function YourCommitments({ cockpit }: { cockpit: Cockpit }) {
  const running = cockpit.relationships.some((r) => r.status === "active");
  if (!running && cockpit.openCommitments.length === 0) return null;
  return (
    <Section
      id="your-commitments"
      icon={<IconChecklist size={18} aria-hidden="true" />}
      title="Your commitments"
    >
      {cockpit.openCommitments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing open. Each session ends with a small step you choose; yours will wait here until
          you've done it.
        </Text>
      ) : (
        cockpit.openCommitments.map((c) => <CommitmentRow key={c.commitmentId} commitment={c} />)
      )}
    </Section>
  );
}

function CommitmentRow({ commitment }: { commitment: CockpitCommitment }) {
  return (
    <div>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
        <Text size="sm" fw={500}>
          {commitment.text}
        </Text>
        {commitment.dueOn && (
          <Text
            size="xs"
            fw={700}
            c={commitment.overdue ? "red.9" : "dimmed"}
            style={{ flex: "none" }}
          >
            {commitment.overdue ? "Was due" : "Due"} {dayLabel(commitment.dueOn)}
          </Text>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        From{" "}
        <AnchorLink
          inherit
          to="/relationships/$relationshipId/sessions/$sessionId"
          params={{ relationshipId: commitment.relationshipId, sessionId: commitment.sessionId }}
        >
          your session {withWhom(commitment)} on {dateLabel(commitment.sessionStartsAt)}
        </AnchorLink>
      </Text>
    </div>
  );
}

const roleWords: Record<CockpitRelationship["myRole"], string> = {
  mentor: "You're the mentor",
  mentee: "You're the mentee",
  facilitator: "You facilitate",
  member: "You're a member",
};

/** My relationships, each with where it stands and the next step. */
export function YourRelationships({ cockpit }: { cockpit: Cockpit }) {
  return (
    <Section
      id="your-relationships"
      icon={<IconHeartHandshake size={18} aria-hidden="true" />}
      title="Your relationships"
    >
      {cockpit.relationships.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text size="sm">
            You're not learning with anyone yet. Programs are where people find a mentor, someone to
            mentor, or a small circle of peers.
          </Text>
          <ButtonLink
            to="/programs"
            size="sm"
            variant="light"
            rightSection={<IconArrowRight size={16} aria-hidden="true" />}
          >
            Find a program
          </ButtonLink>
        </Stack>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          {cockpit.relationships.map((r) => (
            <RelationshipCard key={r.relationshipId} relationship={r} />
          ))}
        </SimpleGrid>
      )}
    </Section>
  );
}

function RelationshipCard({ relationship: r }: { relationship: CockpitRelationship }) {
  const name = r.kind === "circle" ? r.title : `You and ${r.title}`;
  const attention = r.nextStep !== null && r.step !== "under_way";
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap={6} h="100%" justify="space-between">
        <div>
          <Text size="xs" c="dimmed">
            {r.program.name}
          </Text>
          {r.tab === null && r.status !== "ended" ? (
            <Text fw={600}>{name}</Text>
          ) : (
            <AnchorLink
              fw={600}
              to="/relationships/$relationshipId"
              params={{ relationshipId: r.relationshipId }}
            >
              {name}
            </AnchorLink>
          )}
          <Text size="sm" c="dimmed">
            {roleWords[r.myRole]}
            {r.kind === "circle" ? ` · ${r.others.length + 1} people` : ""}
          </Text>
          <Group gap={6} mt={6}>
            <Badge
              variant={attention ? "filled" : "light"}
              color={r.status === "active" || attention ? "mutual" : "gray"}
              tt="none"
            >
              {r.statusPhrase}
            </Badge>
            {r.stalled && (
              <Badge variant="light" color="gray" tt="none">
                quiet for a while
              </Badge>
            )}
          </Group>
        </div>
        {r.nextStep &&
          (r.tab === null ? (
            <ButtonLink to="/matches" size="xs" variant={attention ? "filled" : "default"}>
              {r.nextStep}
            </ButtonLink>
          ) : (
            <ButtonLink
              to="/relationships/$relationshipId"
              params={{ relationshipId: r.relationshipId }}
              search={{ tab: r.tab }}
              size="xs"
              variant={attention ? "filled" : "default"}
            >
              {r.nextStep}
            </ButtonLink>
          ))}
      </Stack>
    </Card>
  );
}
