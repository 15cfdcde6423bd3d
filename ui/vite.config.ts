import { defineConfig } from "vite";

// The Tauri shell loads the built files from ui/dist; no dev server is needed to run the app.
export default defineConfig({
  clearScreen: false,
  build: {
    target: "es2022",
    outDir: "dist",
    emptyOutDir: true,
  },
});
