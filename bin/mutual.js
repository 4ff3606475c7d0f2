#!/usr/bin/env node
// Runs Mutual's TypeScript directly (no separate server build): tsx registers the loader.
import { register } from "tsx/esm/api";

register();
await import("../src/cli.ts");
