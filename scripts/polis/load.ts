/**
 * Reads an open Pol.is conversation (votes.csv, comments.csv, participants-votes.csv) as
 * samenwerken reactions. Data: The Computational Democracy Project, CC BY 4.0 (see the README
 * beside the data).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Reactie } from "../../src/model/reactie";

export interface Conversation {
  readonly name: string;
  /** Latest vote per voter and comment, comments moderated out left out, in time order. */
  readonly reacties: Reactie[];
  /** The group Pol.is assigned, per voter id (voters without a group are absent). */
  readonly polisGroups: Map<string, string>;
}

/** Splits one CSV line (double-quoted fields may hold commas and doubled quotes). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function moderatedOut(dir: string): Set<string> {
  // comment bodies may span lines: read only lines that start with a timestamp and a comment id.
  const out = new Set<string>();
  for (const line of readFileSync(join(dir, "comments.csv"), "utf8").split("\n").slice(1)) {
    const m = /^\d+,[^,]*,(\d+),[^,]*,[^,]*,[^,]*,(-?\d+),/.exec(line);
    if (m && m[2] === "-1") out.add(m[1] as string);
  }
  return out;
}

export function loadConversation(dir: string, name: string): Conversation {
  const out = moderatedOut(dir);
  const rows: { t: number; r: Reactie }[] = [];
  const lines = readFileSync(join(dir, "votes.csv"), "utf8").split("\n");
  for (const line of lines.slice(1)) {
    if (!line.trim()) continue;
    const [ts, , cid, vid, vote] = csvFields(line);
    if (cid === undefined || vid === undefined || out.has(cid)) continue;
    const stance = vote === "1" ? "eens" : vote === "-1" ? "oneens" : "pas";
    rows.push({ t: Number(ts), r: { partnerId: `p${vid}`, targetId: `c${cid}`, stance } });
  }
  rows.sort((a, b) => a.t - b.t);
  const latest = new Map<string, Reactie>();
  for (const { r } of rows) latest.set(`${r.partnerId}|${r.targetId}`, r);
  const polisGroups = new Map<string, string>();
  const pv = readFileSync(join(dir, "participants-votes.csv"), "utf8").split("\n");
  const header = csvFields(pv[0] ?? "");
  const gCol = header.indexOf("group-id");
  for (const line of pv.slice(1)) {
    const fields = csvFields(line);
    const pid = fields[0];
    const gid = fields[gCol];
    if (pid && gid) polisGroups.set(`p${pid}`, gid);
  }
  return { name, reacties: [...latest.values()], polisGroups };
}
