import { describe, expect, it } from "vitest";
import { lastEndedQuarter, parsePeriod, previousPeriod, quarterOf, quartersUpTo, reportDeadline } from "~/utils/periods";
import { agreementSeason } from "~/utils/agreement-season";

describe("reporting periods", () => {
  it("knows each quarter's first and last day, leap years included", () => {
    expect(parsePeriod("2028-Q1")).toMatchObject({ start: "2028-01-01", end: "2028-03-31", kind: "quarter", quarter: 1 });
    expect(parsePeriod("2026-Q4")).toMatchObject({ start: "2026-10-01", end: "2026-12-31" });
    expect(parsePeriod("2026")).toMatchObject({ start: "2026-01-01", end: "2026-12-31", kind: "year", quarter: null });
    expect(quarterOf("2028-02-29").key).toBe("2028-Q1");
    expect(quarterOf("2026-06-30").key).toBe("2026-Q2");
  });

  it("refuses keys that are not a period", () => {
    for (const bad of ["2026-Q5", "2026-Q0", "26-Q1", "2026-q1", "2026-Q1 ", "0999", "", "2026-Q1-x"]) expect(parsePeriod(bad)).toBeNull();
  });

  it("steps back across a year", () => {
    expect(previousPeriod(parsePeriod("2027-Q1")!).key).toBe("2026-Q4");
    expect(previousPeriod(parsePeriod("2027")!).key).toBe("2026");
    expect(quartersUpTo(parsePeriod("2027-Q2")!, 4).map((p) => p.key)).toEqual(["2026-Q3", "2026-Q4", "2027-Q1", "2027-Q2"]);
  });

  it("ends a quarter at midnight in Oslo, not in UTC", () => {
    // 31 Dec 23:30 UTC is already 1 January in Oslo (UTC+1): Q4 has ended.
    expect(lastEndedQuarter(new Date("2026-12-31T23:30:00Z")).key).toBe("2026-Q4");
    expect(lastEndedQuarter(new Date("2026-12-31T22:59:00Z")).key).toBe("2026-Q3");
    // Summer time (UTC+2): 30 Jun 22:00 UTC is 1 July 00:00 in Oslo.
    expect(lastEndedQuarter(new Date("2026-06-30T22:00:00Z")).key).toBe("2026-Q2");
    expect(lastEndedQuarter(new Date("2026-06-30T21:59:59Z")).key).toBe("2026-Q1");
  });

  it("puts the report deadline days after the period", () => {
    expect(reportDeadline(parsePeriod("2026-Q4")!, 20)).toBe("2027-01-20");
  });
});

describe("the leader-agreement season", () => {
  it("runs through its month and falls due on the month's last day", () => {
    expect(agreementSeason(2028, 2)).toEqual({ year: 2028, start: "2028-02-01", due: "2028-02-29" });
    expect(agreementSeason(2027, 12)).toEqual({ year: 2027, start: "2027-12-01", due: "2027-12-31" });
  });
});
