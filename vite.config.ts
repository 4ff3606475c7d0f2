import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

export default defineConfig({
  root: "src/web",
  plugins: [react()],
  build: { outDir: "../../dist/web", emptyOutDir: true, sourcemap: false, manifest: true },
  // API calls go to the server; the app's own modules under src/web/api/*.ts stay with Vite.
  server: { proxy: { "^/api/(?!.*\\.tsx?(\\?.*)?$)": "http://127.0.0.1:3000" } },
});
