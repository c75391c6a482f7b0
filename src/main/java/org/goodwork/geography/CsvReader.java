package org.goodwork.geography;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 CSV one record at a time, so a file of any size streams through in constant
 * memory. Quoted values may hold commas, doubled quotes and line breaks.
 */
final class CsvReader {

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private int line = 1;
    private int recordLine;

    CsvReader(Reader in) {
        this.in = in;
    }

    /** Thrown for text that cannot be split into values, such as a quote that is never closed. */
    static final class MalformedException extends IOException {
        private static final long serialVersionUID = 1L;

        private final int line;

        MalformedException(int line, String message) {
            super(message);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    /** The line on which the record last returned by {@link #next()} starts, counting from 1. */
    int recordLine() {
        return recordLine;
    }

    /** The next record's values, or null at the end of the file. A blank line is one empty value. */
    List<String> next() throws IOException {
        int c = read();
        if (c == -1) {
            return null;
        }
        recordLine = line;
        List<String> values = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;
        while (true) {
            if (inQuotes) {
                if (c == -1) {
                    throw new MalformedException(recordLine, "a quoted value is not closed");
                }
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        value.append('"');
                    } else {
                        inQuotes = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    value.append((char) c);
                }
            } else if (c == '"' && !quoted && value.isEmpty()) {
                inQuotes = true;
                quoted = true;
            } else if (c == ',') {
                values.add(value.toString());
                value.setLength(0);
                quoted = false;
            } else if (c == '\n' || c == '\r' || c == -1) {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                if (c != -1) {
                    line++;
                }
                values.add(value.toString());
                return values;
            } else {
                value.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
