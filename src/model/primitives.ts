import * as z from "zod";
import { hasVisible } from "../internal/text";

/** Longest id the model accepts. */
export const MAX_ID_LENGTH = 200;
/** Longest statement, interest or ambition text the model accepts (characters). */
export const MAX_TEXT_LENGTH = 20_000;
/** Longest name (partner, organisation, theme, collaboration) the model accepts. */
export const MAX_NAME_LENGTH = 500;

/** Blank: no visible character (white space, zero-width and other invisible characters only). */
const isBlank = (s: string): boolean => !hasVisible(s);
const hasOuterSpace = (s: string): boolean => s !== s.trim();

/** An identifier: not blank (at least one visible character), no leading or trailing white space. */
export const IdSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(MAX_ID_LENGTH)
    .refine((s) => !isBlank(s), { params: { code: "blank" }, abort: true })
    .refine((s) => !hasOuterSpace(s), { params: { code: "untrimmed" } }))();

/** A free text: not blank (at least one visible character). */
export const TextSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(MAX_TEXT_LENGTH)
    .refine((s) => !isBlank(s), { params: { code: "blank" } }))();

/** A short name or label: not blank (at least one visible character). */
export const NameSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .max(MAX_NAME_LENGTH)
    .refine((s) => !isBlank(s), { params: { code: "blank" } }))();

/** A JSON value (for app-owned metadata). */
export const MetaSchema = /* @__PURE__ */ (() => z.record(z.string(), z.json()))();
