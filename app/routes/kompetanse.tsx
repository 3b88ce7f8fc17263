import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { Alert, Button, ErrorSummary, TableScroll, TextArea, TextField } from "~/components/ui";
import { useZodForm } from "~/components/use-zod-form";
import { createTopic, listTopics, moveTopic, retireTopic, updateTopic } from "~/models/competence-topic.server";
import { invalid, orHttpError, parseForm, redirectWithFlash, withFieldErrors } from "~/server/http.server";
import { requirePermission } from "~/server/user.server";
import type { FieldErrors } from "~/utils/forms";
import { useT, title } from "~/utils/i18n";
import { topicActionSchema, topicSchema } from "~/validation/competence-topic";

export const meta: MetaFunction = ({ matches }) => title(matches, (t) => t("nav.topics"));

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requirePermission(request, "manage:competence-topic");
  return { topics: await listTopics({ user }) };
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requirePermission(request, "manage:competence-topic");
  const form = await parseForm(request, topicActionSchema, { hidden: ["topicId"] });
  if (!form.ok) return invalid(form.errors, form.values);
  const input = form.data;
  const done = () => redirectWithFlash("/kompetanse", { key: "topics.saved" });
  switch (input.intent) {
    case "create":
      return withFieldErrors(async () => {
        await createTopic({ user, input });
        return done();
      }, form.values);
    case "update":
      return withFieldErrors(async () => {
        await updateTopic({ user, topicId: input.topicId, input });
        return done();
      }, form.values);
    case "up":
    case "down":
      await orHttpError(() => moveTopic({ user, topicId: input.topicId, direction: input.intent as "up" | "down" }));
      return done();
    case "retire":
    case "restore":
      await orHttpError(() => retireTopic({ user, topicId: input.topicId, retired: input.intent === "retire" }));
      return done();
  }
}

type Result = { errors?: FieldErrors; values?: Record<string, unknown> } | undefined;

export default function Topics() {
  const t = useT();
  const { topics } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>() as Result;
  const errorsFor = (intent: string, topicId?: number) =>
    result?.values?.intent === intent && (topicId === undefined || Number(result.values.topicId) === topicId) ? result.errors : undefined;
  return (
    <>
      <h1 className="ds-heading" data-size="lg">
        {t("topics.title")}
      </h1>
      <p className="ds-paragraph lead">{t("topics.intro")}</p>
      {result?.errors && Object.keys(result.errors).length > 0 && result.values?.intent !== "create" ? (
        <Alert color="danger" role="alert">
          {t("form.errors.general")}
        </Alert>
      ) : null}
      {topics.length === 0 ? (
        <p className="ds-paragraph">{t("topics.none")}</p>
      ) : (
        <TableScroll label={t("topics.title")}>
          <table className="ds-table" data-border="true">
            <thead>
              <tr>
                <th scope="col">{t("topics.col.topic")}</th>
                <th scope="col">{t("topics.col.use")}</th>
                <th scope="col">{t("topics.col.order")}</th>
                <th scope="col">{t("topics.col.actions")}</th>
              </tr>
            </thead>
            <tbody>
              {topics.map((topic, i) => {
                const errors = errorsFor("update", topic.id);
                return (
                  <tr key={topic.id}>
                    <th scope="row">
                      {topic.name}
                      {topic.retired_at ? (
                        <span className="ds-tag inline-tag" data-color="neutral" data-size="sm">
                          {t("topics.retired")}
                        </span>
                      ) : null}
                      {topic.description ? <span className="muted block">{topic.description}</span> : null}
                    </th>
                    <td>{t("topics.used", { sessions: topic.sessions, agreements: topic.agreements })}</td>
                    <td>
                      <Form method="post" className="row-actions">
                        <input type="hidden" name="topicId" value={topic.id} />
                        <Button variant="tertiary" size="sm" name="intent" value="up" disabled={i === 0} aria-label={t("topics.up", { name: topic.name })}>
                          ↑
                        </Button>
                        <Button variant="tertiary" size="sm" name="intent" value="down" disabled={i === topics.length - 1} aria-label={t("topics.down", { name: topic.name })}>
                          ↓
                        </Button>
                      </Form>
                    </td>
                    <td>
                      <details open={!!errors}>
                        <summary>{t("topics.edit", { name: topic.name })}</summary>
                        <Form method="post" className="stack">
                          <input type="hidden" name="intent" value="update" />
                          <input type="hidden" name="topicId" value={topic.id} />
                          <TextField
                            id={`f-name-${topic.id}`}
                            name="name"
                            label={t("topics.field.name")}
                            defaultValue={errors ? String(result?.values?.name ?? "") : topic.name}
                            required
                            error={errors?.name && t(errors.name)}
                          />
                          <TextArea
                            id={`f-description-${topic.id}`}
                            name="description"
                            rows={2}
                            label={t("topics.field.description")}
                            defaultValue={errors ? String(result?.values?.description ?? "") : topic.description}
                            error={errors?.description && t(errors.description)}
                          />
                          <div>
                            <Button variant="secondary" size="sm">
                              {t("topics.save")}
                            </Button>
                          </div>
                        </Form>
                        <Form method="post">
                          <input type="hidden" name="topicId" value={topic.id} />
                          <Button variant="tertiary" size="sm" name="intent" value={topic.retired_at ? "restore" : "retire"}>
                            {t(topic.retired_at ? "topics.restore" : "topics.retire")}
                          </Button>
                        </Form>
                      </details>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      <AddTopic serverErrors={errorsFor("create")} values={errorsFor("create") ? result?.values : undefined} />
    </>
  );
}

function AddTopic({ serverErrors, values }: { serverErrors?: FieldErrors; values?: Record<string, unknown> }) {
  const t = useT();
  const { field, error, onSubmit, formState } = useZodForm(topicSchema, { defaults: values, serverErrors });
  const labels = { name: t("topics.field.name"), description: t("topics.field.description") };
  const errors = { name: error("name"), description: error("description") };
  return (
    <section className="ds-card form-card narrow" aria-labelledby="add-topic">
      <h2 className="ds-heading" data-size="sm" id="add-topic">
        {t("topics.add")}
      </h2>
      {formState.isSubmitted || serverErrors ? <ErrorSummary errors={errors} labels={labels} /> : null}
      <Form method="post" noValidate onSubmit={onSubmit} className="stack">
        <input type="hidden" name="intent" value="create" />
        <TextField label={labels.name} required error={errors.name} {...field("name")} />
        <TextArea label={labels.description} rows={2} error={errors.description} {...field("description")} />
        <div>
          <Button>{t("topics.create")}</Button>
        </div>
      </Form>
    </section>
  );
}
