/**
 * The built-in language packs as whole objects, for apps that pass a pack explicitly, build
 * their own from a built-in one, or read the library's word lists: `samenwerken/lang`. The
 * functions of the main entry choose the built-in packs by code and bundle only the parts they
 * read; importing this entry bundles every part of both packs.
 *
 * @packageDocumentation
 */

export { en } from "./en";
export { nl } from "./nl";
export type { LanguagePack } from "./types";
