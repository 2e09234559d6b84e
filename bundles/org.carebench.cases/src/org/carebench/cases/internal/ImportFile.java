package org.carebench.cases.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An import file as spreadsheet programs write it, read with Commons CSV (RFC 4180: quoted fields may hold
 * separators, doubled quotes and line breaks): UTF-8 when the whole file is valid UTF-8 (a byte-order mark is
 * dropped), else Windows-1252 as older Excel saves; fields separated by commas or, as Spanish and Italian Excel
 * writes them, semicolons, whichever splits the header into more fields. A byte Windows-1252 does not define is
 * kept as {@link #UNDEFINED}, so that the row can be refused naming the line and column, rather than imported
 * with a wrong letter.
 */
final class ImportFile implements AutoCloseable {

	/** What stands for a byte the file's encoding does not define. */
	static final char UNDEFINED = '\uFFFD';

	/** A record and the line (1-based) it starts on. */
	record Row(long line, List<String> fields) {
	}

	/** A field quoted but never closed, or a quote in the wrong place: the rest of the file cannot be read. */
	static final class BrokenQuoteException extends IOException {
		private static final long serialVersionUID = 1L;
		final long line;

		BrokenQuoteException(long line, Throwable cause) {
			super("Broken quote from line " + line, cause); //$NON-NLS-1$
			this.line = line;
		}
	}

	private static final int HEADER_LIMIT = 1 << 20;
	private static final char BYTE_ORDER_MARK = '\uFEFF';

	private final CSVParser parser;
	private final Iterator<CSVRecord> records;
	private final boolean windows1252;

	private ImportFile(CSVParser parser, boolean windows1252) {
		this.parser = parser;
		this.records = parser.iterator();
		this.windows1252 = windows1252;
	}

	/** Opens the file, choosing its encoding and separator. */
	static ImportFile open(Path file) throws IOException {
		boolean utf8 = isUtf8(file);
		Charset charset = utf8 ? StandardCharsets.UTF_8 : Charset.forName("windows-1252"); //$NON-NLS-1$
		CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
				.onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(UNDEFINED));
		BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 1 << 16);
		try {
			in.mark(1);
			if (in.read() != BYTE_ORDER_MARK) {
				in.reset();
			}
			char separator = separator(in);
			CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setIgnoreEmptyLines(false)
					.setIgnoreSurroundingSpaces(false).get();
			return new ImportFile(CSVParser.parse(in, format), !utf8);
		} catch (IOException | RuntimeException e) {
			in.close();
			throw e;
		}
	}

	/** Whether the file's text is in an encoding that leaves some bytes undefined (then marked {@link #UNDEFINED}). */
	boolean mayHaveUndefinedBytes() {
		return windows1252;
	}

	/** The next record with content (blank lines are skipped), or {@code null} at the end. */
	Row next() throws IOException {
		while (true) {
			long line = parser.getCurrentLineNumber() + 1;
			CSVRecord record;
			try {
				if (!records.hasNext()) {
					return null;
				}
				record = records.next();
			} catch (UncheckedIOException e) {
				throw new BrokenQuoteException(line, e.getCause());
			} catch (IllegalStateException e) {
				throw new BrokenQuoteException(line, e);
			}
			if (record.size() == 1 && record.get(0).isBlank()) {
				continue;
			}
			List<String> fields = new ArrayList<>(record.size());
			record.forEach(fields::add);
			return new Row(line, fields);
		}
	}

	/** The separator that splits the header into more fields: comma or semicolon. */
	private static char separator(BufferedReader in) throws IOException {
		in.mark(HEADER_LIMIT);
		String header = firstRecord(in);
		in.reset();
		return fields(header, ';') > fields(header, ',') ? ';' : ',';
	}

	/** The characters of the first record, which may span lines inside quotes. */
	private static String firstRecord(Reader in) throws IOException {
		StringBuilder record = new StringBuilder();
		boolean quoted = false;
		int c;
		while ((c = in.read()) != -1 && record.length() < HEADER_LIMIT - 1) {
			if (c == '"') {
				quoted = !quoted;
			} else if ((c == '\n' || c == '\r') && !quoted) {
				break;
			}
			record.append((char) c);
		}
		return record.toString();
	}

	/** How many fields {@code header} has with {@code separator}; 0 when it is not CSV with it. */
	private static int fields(String header, char separator) {
		CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).get();
		try (CSVParser parser = CSVParser.parse(new StringReader(header), format)) {
			Iterator<CSVRecord> records = parser.iterator();
			return records.hasNext() ? records.next().size() : 0;
		} catch (IOException | UncheckedIOException | IllegalStateException e) {
			return 0;
		}
	}

	/** Whether the whole file decodes as UTF-8. */
	private static boolean isUtf8(Path file) throws IOException {
		CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[1 << 16];
			ByteBuffer pending = ByteBuffer.allocate(buffer.length + 8);
			CharBuffer out = CharBuffer.allocate(buffer.length * 2);
			int read;
			while ((read = in.read(buffer)) != -1) {
				pending.put(buffer, 0, read).flip();
				if (strict.decode(pending, out, false).isError()) {
					return false;
				}
				pending.compact();
				out.clear();
			}
			pending.flip();
			return !strict.decode(pending, out, true).isError();
		} catch (CharacterCodingException e) {
			return false;
		}
	}

	@Override
	public void close() throws IOException {
		parser.close();
	}
}
