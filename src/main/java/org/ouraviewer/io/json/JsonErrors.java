package org.ouraviewer.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;

/** One readable sentence for a JSON syntax error, with its line and column. */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static String position(JsonLocation at) {
        if (at == null || at.getLineNr() < 1) {
            return "";
        }
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    /**
     * @param current where the parser was, for errors that carry no location of their own (the limits of
     *                {@code StreamReadConstraints}, such as the nesting depth)
     */
    public static String describe(JsonProcessingException e, JsonLocation current) {
        String where = position(e.getLocation() != null ? e.getLocation() : current);
        String what = what(e);
        return where.isEmpty() ? what : where + ": " + what;
    }

    private static String what(JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return "unexpected end of input (the file is cut short)";
        }
        String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return "nested too deeply to be Oura data";
            }
            if (m.contains("String value length")) {
                return "a text value is too long to be Oura data";
            }
            return "a value is too large to be Oura data";
        }
        if (m.contains("CTRL-CHAR") || m.contains("Invalid UTF-8") || m.contains("Illegal character")) {
            return "not JSON text (binary or wrongly encoded content)";
        }
        int valueExpected = Math.max(m.indexOf(": expected a valid value"), m.indexOf(": was expecting (JSON"));
        if (valueExpected > 0) {
            // Jackson lists every kind of JSON value here; the reader needs to know it is not JSON at all
            return Character.toLowerCase(m.charAt(0)) + m.substring(1, valueExpected) + ": not JSON text";
        }
        int cut = m.indexOf('\n');
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        cut = m.indexOf(" (start marker at");
        if (cut >= 0) {
            m = m.substring(0, cut);
        }
        m = m.replace("Unexpected character", "unexpected character")
                .replace("Unexpected end-of-input", "unexpected end of input");
        return m.isEmpty() ? "not valid JSON" : m;
    }
}
