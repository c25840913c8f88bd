package io.tsunagu.matching.kpi;

/** The hourly rows of the KPIs as CSV; empty cells where a ratio or wait is undefined. */
final class KpiCsv {

    static final String HEADER = "hour,requests,answered,abandoned,service_level,wait_p50_s,wait_p90_s";

    private KpiCsv() {
    }

    static String hourly(Kpis kpis) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (Kpis.ByHour hour : kpis.byHour()) {
            csv.append(hour.hour()).append(',')
                    .append(hour.requests()).append(',')
                    .append(hour.answered()).append(',')
                    .append(hour.abandoned()).append(',')
                    .append(cell(hour.serviceLevel())).append(',')
                    .append(cell(hour.waitSeconds().p50())).append(',')
                    .append(cell(hour.waitSeconds().p90())).append('\n');
        }
        return csv.toString();
    }

    private static String cell(Double value) {
        return value == null ? "" : value.toString();
    }
}
