import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: false, manifest: true },
  server: { proxy: { "/api": "http://127.0.0.1:3000" } },
});
