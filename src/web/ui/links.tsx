import {
  Anchor,
  type AnchorProps,
  Button,
  type ButtonProps,
  NavLink,
  type NavLinkProps,
} from "@mantine/core";
import { createLink, type LinkComponent } from "@tanstack/react-router";
import { type AnchorHTMLAttributes, forwardRef } from "react";

type AnchorAttrs = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "color" | "style">;

const AnchorBase = forwardRef<HTMLAnchorElement, AnchorProps & AnchorAttrs>((props, ref) => (
  <Anchor component="a" ref={ref} {...props} />
));
const CreatedAnchorLink = createLink(AnchorBase);
/** A Mantine Anchor that navigates with the router. */
export const AnchorLink: LinkComponent<typeof AnchorBase> = (props) => (
  <CreatedAnchorLink preload="intent" {...props} />
);

const ButtonBase = forwardRef<HTMLAnchorElement, ButtonProps & AnchorAttrs>((props, ref) => (
  <Button component="a" ref={ref} {...props} />
));
const CreatedButtonLink = createLink(ButtonBase);
/** A Mantine Button that is really a link to another page. */
export const ButtonLink: LinkComponent<typeof ButtonBase> = (props) => (
  <CreatedButtonLink preload="intent" {...props} />
);

const NavLinkBase = forwardRef<HTMLAnchorElement, NavLinkProps & AnchorAttrs>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));
const CreatedNavLink = createLink(NavLinkBase);
/** A Mantine NavLink for the app navigation; marks itself active for the current page. */
export const NavItemLink: LinkComponent<typeof NavLinkBase> = (props) => (
  <CreatedNavLink preload="intent" {...props} />
);
