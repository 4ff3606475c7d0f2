import { PasswordInput, type PasswordInputProps } from "@mantine/core";

/**
 * A password input whose show/hide button doesn't contain the word "password" in its name,
 * so the field's label is the only thing called "Password" on the page.
 */
export function PasswordField(props: PasswordInputProps) {
  return (
    <PasswordInput visibilityToggleButtonProps={{ "aria-label": "Show characters" }} {...props} />
  );
}
