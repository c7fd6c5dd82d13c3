package io.itsmkit.core.calendar;

import io.itsmkit.core.error.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/** Reads the text form, line by line, by recursive descent. */
final class DefinitionParser {
    private final String[] lines;
    private int next;

    DefinitionParser(String text) {
        this.lines = text.split("\r?\n", -1);
    }

    CalendarDefinition parse() {
        CalendarDefinition d = definition(0);
        Text.Line extra = nextLine();
        if (extra != null) {
            throw extra.error("unexpected text after the definition");
        }
        return d;
    }

    private Text.@Nullable Line nextLine() {
        while (next < lines.length) {
            String l = lines[next++];
            if (!l.isBlank()) {
                return new Text.Line("definition.line[" + next + "]", l.strip());
            }
        }
        return null;
    }

    private Text.Line required(String what) {
        Text.Line l = nextLine();
        if (l == null) {
            throw new ValidationException(
                    "definition.line[" + lines.length + "]", "syntax", "", "the text ends; expected " + what);
        }
        return l;
    }

    private CalendarDefinition definition(int depth) {
        Text.Line l = required("calendar ZONE {, union { or intersection {");
        String head = l.word("calendar, union or intersection");
        switch (head) {
            case "calendar" -> {
                ZoneId zone = l.value("a time zone like Europe/Rome", ZoneId::of);
                open(l);
                return schedule(zone);
            }
            case "union", "intersection" -> {
                open(l);
                if (depth >= CalendarDefinition.MAX_DEPTH) {
                    throw l.error("unions and intersections nest at most 16 deep");
                }
                CalendarDefinition left = definition(depth + 1);
                CalendarDefinition right = definition(depth + 1);
                Text.Line close = required("}");
                if (!close.word("}").equals("}")) {
                    throw close.error("expected } after the two calendars of a " + head);
                }
                close.end();
                return new CalendarDefinition.Combined(
                        head.equals("union")
                                ? CalendarDefinition.Operation.UNION
                                : CalendarDefinition.Operation.INTERSECTION,
                        left,
                        right);
            }
            default -> throw l.error("expected calendar, union or intersection, found '" + head + "'");
        }
    }

    private static void open(Text.Line l) {
        if (!l.word("{").equals("{")) {
            throw l.error("expected {");
        }
        l.end();
    }

    private CalendarDefinition.Schedule schedule(ZoneId zone) {
        Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
        Set<DayOfWeek> businessDays = null;
        List<HolidayRule> rules = new ArrayList<>();
        @Nullable Integer knownFrom = null;
        List<String> sources = new ArrayList<>();
        Map<LocalDate, List<TimeWindow>> special = new TreeMap<>();
        Map<LocalDate, List<TimeWindow>> closures = new TreeMap<>();
        while (true) {
            Text.Line l = required("a statement or }");
            String keyword = l.word("a statement or }");
            switch (keyword) {
                case "}" -> {
                    l.end();
                    return new CalendarDefinition.Schedule(
                            zone,
                            hours,
                            businessDays == null
                                    ? CalendarDefinition.Schedule.defaultBusinessDays(hours)
                                    : businessDays,
                            knownFrom == null
                                    ? Holidays.of(rules)
                                    : Holidays.of(rules).knownFrom(knownFrom),
                            new TreeSet<>(sources),
                            special,
                            closures);
                }
                case "hours" -> {
                    DayOfWeek day = l.constant("a weekday like MONDAY", DayOfWeek.class);
                    List<TimeWindow> ws = windows(l, 1);
                    hours.computeIfAbsent(day, d -> new ArrayList<>()).addAll(ws);
                }
                case "business-days" -> {
                    Set<DayOfWeek> days = businessDays == null ? EnumSet.noneOf(DayOfWeek.class) : businessDays;
                    while (l.hasNext()) {
                        days.add(l.constant("a weekday like MONDAY", DayOfWeek.class));
                    }
                    businessDays = days;
                }
                case "holidays-known-from" -> {
                    knownFrom = l.year("a year like 1950");
                    l.end();
                }
                case "holiday" -> {
                    rules.add(HolidayRule.read(l));
                    l.end();
                }
                case "holiday-source" -> {
                    sources.add(l.quoted("the source's name"));
                    l.end();
                }
                case "special" -> {
                    LocalDate date = l.value("a date like 2026-12-24", LocalDate::parse);
                    special.computeIfAbsent(date, d -> new ArrayList<>()).addAll(windows(l, 0));
                }
                case "closed" -> {
                    LocalDate date = l.value("a date like 2026-06-10", LocalDate::parse);
                    closures.computeIfAbsent(date, d -> new ArrayList<>()).addAll(windows(l, 1));
                }
                default ->
                    throw l.error(
                            "expected hours, business-days, holidays-known-from, holiday, holiday-source, special, "
                                    + "closed or }, found '" + keyword + "'");
            }
        }
    }

    private static List<TimeWindow> windows(Text.Line l, int atLeast) {
        List<TimeWindow> ws = new ArrayList<>();
        while (l.hasNext()) {
            ws.add(l.value("a window like 08:30-13:00", TimeWindow::parse));
        }
        if (ws.size() < atLeast) {
            throw l.error("expected a window like 08:30-13:00");
        }
        return ws;
    }
}
