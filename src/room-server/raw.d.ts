// Vite (electron-vite's main build, Vitest) inlines a file's text for `?raw` imports: the participant
// page ships inside the server bundle, so the packaged app needs no extra files.
declare module '*?raw' {
  const text: string;
  export default text;
}
