import { groupBy } from "~/utils/collections";

/** Units as <option>s grouped by service area, for every unit picker. */
export function UnitOptions({ units }: { units: readonly { id: number; name: string; areaName: string }[] }) {
  return (
    <>
      {groupBy(units, (u) => u.areaName).map(([area, list]) => (
        <optgroup key={area} label={area}>
          {list.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** Service areas as <option>s, for every area picker. */
export function AreaOptions({ areas }: { areas: readonly { id: number; name: string }[] }) {
  return (
    <>
      {areas.map((a) => (
        <option key={a.id} value={a.id}>
          {a.name}
        </option>
      ))}
    </>
  );
}
