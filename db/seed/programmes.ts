import type { Kysely } from "kysely";
import type { Database, Evidence, Responsible } from "../schema";

interface StepSeed {
  title: string;
  description: string;
  responsible: Responsible;
  offset: number;
  evidence: Evidence;
  required?: boolean;
}

/**
 * The action plan's introduction path for new leaders (handlingsplan Lean generasjon 2, «Nye ledere»),
 * with due dates in days from the start date.
 */
export const INTRO_PROGRAMME = {
  key: "intro",
  name: "Introduksjonsprogram for nye ledere",
  description:
    "Alle nye ledere skal hilse på rådmannen, ha Lean-forpliktelsen i ansettelsesdokumentet, ta Utviklingsenhetens opplæringsprogram med tematime i grunnleggende Lean på rett tidspunkt, og lese «Dette er Lean» av Niklas Modig.",
  anchor: "start_date" as const,
  steps: [
    {
      title: "Lean-forpliktelse i ansettelsesdokumentet",
      description:
        "Ansettelsesdokumentet skal ivareta forpliktelsen på at lederen jobber i tråd med Lean-prinsipper. HR registrerer datoen dokumentet ble signert.",
      responsible: "hr",
      offset: 0,
      evidence: "date",
    },
    {
      title: "Hils på rådmannen",
      description: "Alle nye ledere skal hilse på eller være innom rådmannen. Registreres av HR, eller av lederen selv.",
      responsible: "radmann",
      offset: 14,
      evidence: "date",
    },
    {
      title: "Tematime: grunnleggende Lean",
      description:
        "Utviklingsenhetens tematime i grunnleggende Lean, lagt tidlig i introduksjonsprogrammet slik at lederen er «et hestehode foran». Utviklingsenheten bekrefter oppmøtet.",
      responsible: "development_unit",
      offset: 45,
      evidence: "attendance",
    },
    {
      title: "Les «Dette er Lean» av Niklas Modig",
      description: "Les boken. Skriv gjerne en kort refleksjon om hva du tar med deg inn i egen enhet.",
      responsible: "leader",
      offset: 60,
      evidence: "note",
    },
    {
      title: "Drøft kompetansebehov i lederavtalen",
      description: "Lederavtalen er arenaen der kompetansebehov skal drøftes. Tjenesteområdelederen registrerer datoen avtalen ble gjennomgått.",
      responsible: "tol",
      offset: 90,
      evidence: "date",
    },
    {
      title: "Utviklingsenhetens opplæringsprogram for nye ledere",
      description: "Opplæringsprogrammet som sikrer nødvendig kompetanse i systematisk forbedringsarbeid. Utviklingsenheten bekrefter gjennomføringen.",
      responsible: "development_unit",
      offset: 120,
      evidence: "attendance",
    },
    {
      title: "Delta på Lean lederforum",
      description: "Repetisjon og oppdatering gjennom temaer på Lean lederforum.",
      responsible: "leader",
      offset: 180,
      evidence: "tick",
      required: false,
    },
  ] satisfies StepSeed[],
};

/**
 * The action plan's path for leaders of units that start with Lean («Ledere i enheter som starter
 * med Lean»), due dates in days from the unit's rollout date: negative before it. The unit's own
 * duties (the TOL's information meeting, the guidance contract, the fishbone analysis, the
 * half-year revisions with Gemba) are the unit's records, not steps in each leader's path.
 */
export const PRE_ROLLOUT_PROGRAMME = {
  key: "pre_rollout",
  name: "Opplæring før innføring av Lean",
  description:
    "Lederen fullfører opplæringsprogrammet før enheten starter innføringsløpet, slik at lederen er «et hestehode foran». Enhetens egne oppgaver (informasjonsmøte, veilederkontrakt, fiskebeinsanalyse og halvårlige revisjoner) følges på enhetens side.",
  anchor: "rollout_date" as const,
  steps: [
    {
      title: "Opplæringsprogram for leder før innføring",
      description: "Utviklingsenhetens opplæringsprogram, fullført før enheten starter innføringsløpet, slik at lederen er «et hestehode foran». Utviklingsenheten bekrefter oppmøtet.",
      responsible: "development_unit",
      offset: -30,
      evidence: "attendance",
    },
  ] satisfies StepSeed[],
};

/** The usual six categories of a fishbone analysis in Norwegian Lean practice. */
export const FISHBONE_CATEGORIES = ["Metode", "Menneske", "Maskin/utstyr", "Materiale", "Miljø", "Måling"];

/**
 * Adds the standard programmes that are missing, and the fishbone categories when there are none;
 * never touches an existing one.
 */
export async function seedProgrammes(db: Kysely<Database>, now = new Date()): Promise<void> {
  for (const programme of [INTRO_PROGRAMME, PRE_ROLLOUT_PROGRAMME] as { key: string; name: string; description: string; anchor: "start_date" | "rollout_date"; steps: StepSeed[] }[]) {
    await db.transaction().execute(async (tx) => {
      const exists = await tx.selectFrom("programme_template").select("id").where("key", "=", programme.key).executeTakeFirst();
      if (exists) return;
      const stamp = now.toISOString();
      const t = await tx
        .insertInto("programme_template")
        .values({ key: programme.key, name: programme.name, description: programme.description, anchor: programme.anchor, version: 1, updated_at: stamp })
        .returning("id")
        .executeTakeFirstOrThrow();
      await tx
        .insertInto("template_step")
        .values(
          programme.steps.map((s, i) => ({
            template_id: t.id,
            position: i + 1,
            title: s.title,
            description: s.description,
            responsible: s.responsible,
            offset_days: s.offset,
            evidence: s.evidence,
            required: s.required === false ? 0 : 1,
            created_at: stamp,
            updated_at: stamp,
          })),
        )
        .execute();
    });
  }
  await db.transaction().execute(async (tx) => {
    if (await tx.selectFrom("fishbone_category").select("id").limit(1).executeTakeFirst()) return;
    await tx.insertInto("fishbone_category").values(FISHBONE_CATEGORIES.map((name, i) => ({ name, position: i + 1 }))).execute();
  });
}
