package io.itsmkit.core.calendar;

import io.itsmkit.core.error.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The lexical level of the calendar text form: tokens, quoted names and the syntax errors they raise. */
final class Text {
    private Text() {}

    /** One token of a line: a bare word, or the content of a quoted string. */
    record Token(String text, boolean quoted) {}

    /** The tokens of one line of a definition, read left to right, with its number for error messages. */
    static final class Line {
        final String path;
        final String text;
        private final List<Token> tokens;
        private int next;

        Line(String path, String text) {
            this.path = path;
            this.text = text;
            this.tokens = tokenize(this);
        }

        boolean hasNext() {
            return next < tokens.size();
        }

        /** The next bare word, or the empty string at the end of the line or before a quoted name. */
        String peek() {
            return hasNext() && !tokens.get(next).quoted() ? tokens.get(next).text() : "";
        }

        String word(String what) {
            if (!hasNext() || tokens.get(next).quoted()) {
                throw error("expected " + what);
            }
            return tokens.get(next++).text();
        }

        String quoted(String what) {
            if (!hasNext() || !tokens.get(next).quoted()) {
                throw error("expected " + what + " in double quotes");
            }
            return tokens.get(next++).text();
        }

        <T> T value(String what, Function<String, T> parser) {
            String w = word(what);
            try {
                return parser.apply(w);
            } catch (ValidationException e) {
                throw error("expected " + what + ", found '" + w + "': "
                        + e.violations().get(0).message());
            } catch (RuntimeException e) {
                throw error("expected " + what + ", found '" + w + "'");
            }
        }

        int year(String what) {
            return value(what, Integer::parseInt);
        }

        <E extends Enum<E>> E constant(String what, Class<E> type) {
            return value(what, w -> Enum.valueOf(type, w.toUpperCase(Locale.ROOT)));
        }

        void end() {
            if (hasNext()) {
                throw error("unexpected '" + tokens.get(next).text() + "'");
            }
        }

        ValidationException error(String message) {
            return new ValidationException(path, "syntax", text, message);
        }
    }

    private static List<Token> tokenize(Line line) {
        String s = line.text;
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                i++;
            } else if (c == '"') {
                StringBuilder b = new StringBuilder();
                i++;
                while (true) {
                    if (i >= s.length()) {
                        throw line.error("a quoted name is not closed");
                    }
                    char q = s.charAt(i++);
                    if (q == '"') {
                        break;
                    }
                    if (q == '\\') {
                        if (i >= s.length() || (s.charAt(i) != '"' && s.charAt(i) != '\\')) {
                            throw line.error("only \\\" and \\\\ may follow a backslash in a quoted name");
                        }
                        q = s.charAt(i++);
                    }
                    b.append(q);
                }
                out.add(new Token(b.toString(), true));
            } else {
                int start = i;
                while (i < s.length() && s.charAt(i) != ' ' && s.charAt(i) != '\t') {
                    if (s.charAt(i) == '"') {
                        throw line.error("a quote must start a new word");
                    }
                    i++;
                }
                out.add(new Token(s.substring(start, i), false));
            }
        }
        return out;
    }

    /** Writes a name between double quotes, escaping quotes and backslashes. */
    static String quote(String name) {
        return '"' + name.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
