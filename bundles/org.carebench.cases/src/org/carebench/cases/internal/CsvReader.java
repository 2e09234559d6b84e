package org.carebench.cases.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): fields separated by a comma or, as Spanish and Italian Excel
 * writes them, a semicolon (guessed from the header line); quoted fields may hold separators, doubled quotes and
 * line breaks. Each record knows the line it starts on, for messages.
 */
final class CsvReader implements AutoCloseable {

	/** A record and the line (1-based) it starts on. */
	record Record(long line, List<String> fields) {
	}

	/** A field quoted but never closed: the rest of the file would be one field. */
	static final class UnclosedQuoteException extends IOException {
		private static final long serialVersionUID = 1L;
		final long line;

		UnclosedQuoteException(long line) {
			super("Unclosed quote from line " + line); //$NON-NLS-1$
			this.line = line;
		}
	}

	private final Reader in;
	private char separator;
	private long line = 1;
	private int pushedBack = -2;

	CsvReader(Reader in) {
		this.in = in;
	}

	/** The next record, or {@code null} at the end; blank lines are skipped. */
	Record next() throws IOException {
		while (true) {
			int c = read();
			if (c == -1) {
				return null;
			}
			if (c == '\n' || c == '\r') {
				skipLineEnd(c);
				continue;
			}
			unread(c);
			long start = line;
			List<String> fields = separator == 0 ? headerFields() : fields(start);
			return new Record(start, fields);
		}
	}

	/** Reads the header, choosing the separator that splits it into more fields. */
	private List<String> headerFields() throws IOException {
		StringBuilder raw = new StringBuilder();
		int c;
		while ((c = read()) != -1 && c != '\n' && c != '\r') {
			raw.append((char) c);
		}
		if (c != -1) {
			skipLineEnd(c);
		}
		String header = raw.charAt(0) == '\uFEFF' ? raw.substring(1) : raw.toString();
		long commas = header.chars().filter(ch -> ch == ',').count();
		long semicolons = header.chars().filter(ch -> ch == ';').count();
		separator = semicolons > commas ? ';' : ',';
		List<String> fields = new ArrayList<>();
		for (String field : header.split(String.valueOf(separator), -1)) {
			String stripped = field.strip();
			if (stripped.length() >= 2 && stripped.startsWith("\"") && stripped.endsWith("\"")) { //$NON-NLS-1$ //$NON-NLS-2$
				stripped = stripped.substring(1, stripped.length() - 1).replace("\"\"", "\""); //$NON-NLS-1$ //$NON-NLS-2$
			}
			fields.add(stripped);
		}
		return fields;
	}

	private List<String> fields(long start) throws IOException {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean wasQuoted = false;
		while (true) {
			int c = read();
			if (quoted) {
				if (c == -1) {
					throw new UnclosedQuoteException(start);
				}
				if (c == '"') {
					int next = read();
					if (next == '"') {
						field.append('"');
					} else {
						quoted = false;
						unread(next);
					}
				} else {
					if (c == '\n' || c == '\r' && peekNot('\n')) {
						line++;
					}
					field.append((char) c);
				}
			} else if (c == '"' && field.isEmpty() && !wasQuoted) {
				quoted = true;
				wasQuoted = true;
			} else if (c == separator) {
				fields.add(field.toString());
				field.setLength(0);
				wasQuoted = false;
			} else if (c == -1 || c == '\n' || c == '\r') {
				fields.add(field.toString());
				if (c != -1) {
					skipLineEnd(c);
				}
				return fields;
			} else {
				field.append((char) c);
			}
		}
	}

	/** After a CR or LF: counts the line, and swallows the LF of a CRLF. */
	private void skipLineEnd(int c) throws IOException {
		line++;
		if (c == '\r') {
			int next = read();
			if (next != '\n') {
				unread(next);
			}
		}
	}

	private boolean peekNot(char expected) throws IOException {
		int next = read();
		unread(next);
		return next != expected;
	}

	private int read() throws IOException {
		if (pushedBack != -2) {
			int c = pushedBack;
			pushedBack = -2;
			return c;
		}
		return in.read();
	}

	private void unread(int c) {
		pushedBack = c;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
