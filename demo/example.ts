// The embedded example lives in the library (src/example.ts) so the guides can use it too.
export { exampleSamenwerking } from "../src/index";
