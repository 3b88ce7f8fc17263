import { forwardRef, type ComponentPropsWithoutRef, type ReactNode } from "react";
import type { StepStatus } from "~/utils/status";
import { useT } from "~/utils/i18n";

// Small components over Designsystemet's CSS. The CSS keys on classes and data attributes;
// the ids and aria wiring its React package would add with JavaScript are set here on the server.

type ButtonProps = ComponentPropsWithoutRef<"button"> & { variant?: "primary" | "secondary" | "tertiary"; size?: "sm" | "md" };

export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button({ variant = "primary", size, className, ...props }, ref) {
  return <button ref={ref} type="submit" className={cx("ds-button", className)} data-variant={variant} data-size={size} {...props} />;
});

type AlertColor = "info" | "success" | "warning" | "danger";

export function Alert({ color = "info", children, role }: { color?: AlertColor; children: ReactNode; role?: "status" | "alert" }) {
  return (
    <div className="ds-alert" data-color={color} role={role}>
      {children}
    </div>
  );
}

const STATUS_COLOR: Record<StepStatus, string> = {
  done: "success",
  overdue: "danger",
  due_soon: "warning",
  upcoming: "neutral",
};

export function StatusTag({ status }: { status: StepStatus }) {
  const t = useT();
  return (
    <span className="ds-tag" data-color={STATUS_COLOR[status]} data-size="sm">
      {t(`status.${status}`)}
    </span>
  );
}

/**
 * The frame of every wide table: it scrolls sideways on a narrow screen, and because it may, it is
 * a named region in the tab order so keyboard users can scroll it too (WCAG 2.1.1).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" tabIndex={0} aria-label={label}>
      {children}
    </div>
  );
}

/** A titled table: heading, a scrolling frame on narrow screens (TableScroll), its head row and rows. */
export function TableSection({ id, title, className, head, children }: { id: string; title: string; className?: string; head: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <h2 className="ds-heading" data-size="sm" id={id}>
        {title}
      </h2>
      <TableScroll label={title}>
        <table className={cx("ds-table", className)} data-border="true" data-zebra="true" aria-labelledby={id}>
          <thead>
            <tr>{head}</tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </TableScroll>
    </section>
  );
}

/** A native <progress>: announced by screen readers as is, with the figure beside it for everyone. */
export function Progress({ value, label, text }: { value: number; label: string; text?: string }) {
  return (
    <span className="progress">
      <progress max={100} value={value} aria-label={label}>
        {value} %
      </progress>
      <span className="progress-text">{text ?? `${value} %`}</span>
    </span>
  );
}

interface FieldBase {
  name: string;
  label: string;
  description?: string;
  error?: string;
  id?: string;
}

function describedBy(id: string, description?: string, error?: string) {
  return [error && `${id}-err`, description && `${id}-desc`].filter(Boolean).join(" ") || undefined;
}

function FieldFrame({ id, label, description, error, children }: FieldBase & { id: string; children: ReactNode }) {
  return (
    <div className="ds-field">
      <label className="ds-label" htmlFor={id} data-weight="medium">
        {label}
      </label>
      {description ? (
        <div data-field="description" id={`${id}-desc`} className="field-description">
          {description}
        </div>
      ) : null}
      {children}
      {error ? (
        <p className="ds-validation-message" data-field="validation" id={`${id}-err`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

// forwardRef: react-hook-form's register() attaches through the ref.
export const TextField = forwardRef<HTMLInputElement, FieldBase & Omit<ComponentPropsWithoutRef<"input">, "name" | "id">>(function TextField(
  { name, label, description, error, id = `f-${name}`, ...input },
  ref,
) {
  return (
    <FieldFrame id={id} name={name} label={label} description={description} error={error}>
      <input ref={ref} className="ds-input" id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...input} />
    </FieldFrame>
  );
});

export const TextArea = forwardRef<HTMLTextAreaElement, FieldBase & Omit<ComponentPropsWithoutRef<"textarea">, "name" | "id">>(function TextArea(
  { name, label, description, error, id = `f-${name}`, ...input },
  ref,
) {
  return (
    <FieldFrame id={id} name={name} label={label} description={description} error={error}>
      <textarea ref={ref} className="ds-input" id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...input} />
    </FieldFrame>
  );
});

export const SelectField = forwardRef<HTMLSelectElement, FieldBase & Omit<ComponentPropsWithoutRef<"select">, "name" | "id">>(function SelectField(
  { name, label, description, error, id = `f-${name}`, children, ...select },
  ref,
) {
  return (
    <FieldFrame id={id} name={name} label={label} description={description} error={error}>
      <select ref={ref} className="ds-input" id={id} name={name} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, description, error)} {...select}>
        {children}
      </select>
    </FieldFrame>
  );
});

export const Checkbox = forwardRef<HTMLInputElement, { name: string; label: string; id?: string } & Omit<ComponentPropsWithoutRef<"input">, "name" | "id" | "type">>(
  function Checkbox({ name, label, id = `f-${name}`, ...input }, ref) {
    return (
      <div className="ds-field">
        <input ref={ref} className="ds-input" type="checkbox" id={id} name={name} {...input} />
        <label className="ds-label" htmlFor={id} data-weight="regular">
          {label}
        </label>
      </div>
    );
  },
);

/** Lists every field error at the top of a form, each linking to its field (WCAG 3.3.1). */
export function ErrorSummary({ errors, labels, prefix = "f-" }: { errors: Partial<Record<string, string>>; labels: Record<string, string>; prefix?: string }) {
  const t = useT();
  const entries = Object.entries(errors).filter(([, message]) => message);
  if (entries.length === 0) return null;
  // Focused when it appears (also without JavaScript, via autofocus), so the reader hears it first.
  return (
    <div className="ds-error-summary" role="group" tabIndex={-1} aria-labelledby="error-summary-title" autoFocus>
      <h2 className="ds-heading" data-size="xs" id="error-summary-title">
        {t("form.errors")}
      </h2>
      <ul className="ds-list">
        {entries.map(([field, message]) => (
          <li key={field}>
            <a className="ds-link" href={`#${prefix}${field}`}>
              {labels[field] ? `${labels[field]}: ` : ""}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function cx(...classes: (string | false | null | undefined)[]) {
  return classes.filter(Boolean).join(" ");
}

/** A reminder policy in one line (a template step's or a unit duty's): «7 d før · på dagen · …». */
export function PolicySummary({ p }: { p: { remind_before_days: number; remind_on_due: number; overdue_every_days: number; overdue_max: number; escalate_after_days: number | null } }) {
  const t = useT();
  return (
    <>
      {t("template.policy.summary", {
        before: p.remind_before_days,
        due: p.remind_on_due ? t("template.policy.onDueShort") : "–",
        every: p.overdue_every_days,
        max: p.overdue_max,
        escalate: p.escalate_after_days === null ? t("template.policy.never") : `${p.escalate_after_days} d`,
      })}
    </>
  );
}
