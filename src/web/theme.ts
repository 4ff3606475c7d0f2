import { type CSSVariablesResolver, createTheme, type MantineColorsTuple } from "@mantine/core";

/** A deep, calm teal: Mutual's colour. Shades 6–9 keep white text readable (WCAG AA). */
const mutual: MantineColorsTuple = [
  "#e7f6f5",
  "#cdebe8",
  "#9fd6d1",
  "#6cc0b9",
  "#43ada5",
  "#28a096",
  "#0f766e",
  "#0c665f",
  "#095650",
  "#064540",
];

export const theme = createTheme({
  primaryColor: "mutual",
  primaryShade: { light: 6, dark: 4 },
  colors: { mutual },
  defaultRadius: "md",
  fontFamily:
    "Inter, ui-sans-serif, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  headings: { fontWeight: "700" },
  components: {
    // Links look like links everywhere, not only on hover.
    Anchor: { defaultProps: { underline: "always" } },
    Button: { defaultProps: { radius: "md" } },
    Card: { defaultProps: { withBorder: true, radius: "lg", padding: "lg" } },
    Paper: { defaultProps: { radius: "lg" } },
    Modal: { defaultProps: { closeButtonProps: { "aria-label": "Close" } } },
    // A <header> inside a dialog would count as a second page banner; use a plain div.
    ModalHeader: { defaultProps: { component: "div" } },
    Notification: { defaultProps: { closeButtonProps: { "aria-label": "Dismiss" } } },
  },
});

/** Colours used for text on light backgrounds; darken them so contrast passes AA. */
const lightTextColors = ["mutual", "red", "blue", "grape", "indigo", "violet", "gray"];

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    "--mantine-color-dimmed": "var(--mantine-color-gray-7)",
    "--mantine-color-placeholder": "var(--mantine-color-gray-6)",
    "--mantine-color-error": "var(--mantine-color-red-9)",
    "--mantine-color-red-filled": "var(--mantine-color-red-9)",
    "--mantine-color-red-filled-hover": "#a61e1e",
    ...Object.fromEntries(
      lightTextColors.map((color) => [
        `--mantine-color-${color}-light-color`,
        `var(--mantine-color-${color}-9)`,
      ]),
    ),
  },
  dark: {},
});
