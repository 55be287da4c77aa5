package org.jclassad.transform.config;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;

import org.jclassad.text.Excerpt;

/**
 * Reads config-language lines into a {@link MacroSet}, as HTCondor's {@code Parse_macros} does:
 * skips blank and {@code #} lines; handles {@code if/elif/else/endif}; {@code name = value},
 * {@code name += value} (and {@code +,=} {@code +;=} {@code +|=} {@code +&=} {@code +*=}, doubled
 * separators padded with spaces), {@code name @=tag} … {@code @tag}, {@code error : text},
 * {@code warning : text} and {@code include : file} (where the context's {@link ConfigOptions}
 * allow the file; commands are never run). Definitions expand only references to themselves. A
 * load stops at the first line past a limit of the options (size, lines, include depth,
 * expansion), with that line as the failure's place.
 *
 * <p>In <em>submit</em> mode (a {@link StatementHandler} is given) other lines are statements
 * handed to the handler, and {@code +Attr = v} defines the macro {@code MY.Attr}.
 */
public final class MacroParser {
    private MacroParser() {
    }

    /** Receives statement lines in submit mode; returns {@code null} to go on, or the failure. */
    public interface StatementHandler {
        Outcome statement(String line, int lineNumber, MacroSet set);
    }

    /** What may appear besides definitions. */
    public record Options(boolean allowInclude, boolean allowUse) {
        public static final Options CONFIG = new Options(true, true);
        public static final Options TRANSFORM = new Options(false, false);
    }

    /**
     * The result of parsing. {@code message} is what HTCondor reports (often empty);
     * {@code detail} says what went wrong; {@code line} and {@code statement} say where.
     */
    public record Outcome(boolean ok, int code, String message, String detail, String source, int line,
            String statement) {
        public static final Outcome OK = new Outcome(true, 0, "", "", null, 0, null);

        public static Outcome failure(String message, String detail) {
            return new Outcome(false, -1, message, detail, null, 0, null);
        }

        /** This failure placed at {@code src:lineNumber} in {@code stmt}, unless it already has a place. */
        public Outcome at(String src, int lineNumber, String stmt) {
            if (ok || (source != null && line > 0)) {
                return this;
            }
            return new Outcome(false, code, message, detail, src, lineNumber, stmt);
        }

        /** {@code file:line: detail (statement)}, for people. */
        public String describe() {
            StringBuilder b = new StringBuilder();
            if (source != null) {
                b.append(source).append(':');
                if (line > 0) {
                    b.append(line).append(':');
                }
                b.append(' ');
            }
            String d = detail == null || detail.isEmpty() ? message : detail;
            b.append(d == null || d.isEmpty() ? "error" : d.strip());
            if (statement != null) {
                b.append(" (in: ").append(Excerpt.shorten(statement)).append(')');
            }
            return b.toString();
        }
    }

    /** Parses config text (no statements) into {@code set}; errors end parsing. */
    public static Outcome parseConfig(String text, String source, MacroSet set, MacroContext ctx) {
        ConfigLoad load = new ConfigLoad(ctx.options());
        String tooMuch = load.chargeChars(text.length());
        if (tooMuch != null) {
            return new Outcome(false, -1, tooMuch, tooMuch, source, 0, null);
        }
        return parse(LineReader.lines(text), source, set, ctx, Options.CONFIG, null, 0, load);
    }

    static boolean isOp(char c) {
        return c == '=' || c == ':';
    }

    /** Whether {@code name} is a valid macro name: {@code [A-Za-z0-9_./]+}. */
    public static boolean isValidName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!MacroRef.isIdChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a submit-mode line (trimmed at the start) is a statement whatever the macros hold:
     * one word alone, or a word, blanks and a second word, unless the line is an {@code include},
     * {@code use}, {@code error} or {@code warning} line ({@code name words : text}). Any other
     * line is a definition, or a statement only once its name is expanded.
     */
    static boolean isPlainStatement(String line) {
        int len = line.length();
        int ptr = 0;
        while (ptr < len && !LineReader.isSpace(line.charAt(ptr)) && !isOp(line.charAt(ptr))) {
            ptr++;
        }
        if (ptr >= len) {
            return true;
        }
        String name = line.substring(0, ptr);
        if (isOp(line.charAt(ptr))) {
            return false;
        }
        ptr++;
        while (ptr < len && LineReader.isSpace(line.charAt(ptr))) {
            ptr++;
        }
        if (ptr >= len || isOp(line.charAt(ptr)) || line.charAt(ptr) == '@' || line.charAt(ptr) == '+') {
            return false; // no second word before the operator
        }
        int colon = line.indexOf(':', ptr);
        if (colon < 0) {
            return true;
        }
        for (int i = ptr; i < colon; i++) {
            char c = line.charAt(i);
            if (c == '=' || c == '@' || c == '+') {
                return true; // the operator that counts is not the colon
            }
        }
        String bare = (name.startsWith("@") ? name.substring(1) : name).toLowerCase(java.util.Locale.ROOT);
        return !(bare.equals("include") || bare.equals("use") || bare.equals("error") || bare.equals("warning"));
    }

    /**
     * The lines of a submit-mode body that {@link #parse} would hand to its handler, trimmed at the
     * start, when every line that is not blank or a comment is a {@linkplain #isPlainStatement plain
     * statement} (so no definitions, {@code if} family, here-documents or includes): running such a
     * body is handing these lines to the handler in order, the macros and the ad aside. {@code null}
     * for any other body.
     */
    public static List<LineReader.Line> plainStatements(Iterable<LineReader.Line> lines) {
        List<LineReader.Line> out = new java.util.ArrayList<>();
        for (LineReader.Line l : lines) {
            String line = LineReader.trimStart(l.text());
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            if (line.charAt(0) == ':' || IfStack.isConditional(line) || !isPlainStatement(line)) {
                return null;
            }
            out.add(new LineReader.Line(line, l.number(), l.lastNumber()));
        }
        return out;
    }

    /**
     * Parses logical lines (already joined and trimmed) into {@code set}, within the limits of the
     * context's {@link ConfigOptions}.
     */
    public static Outcome parse(Iterable<LineReader.Line> lines, String source, MacroSet set, MacroContext ctx,
            Options options, StatementHandler handler, int depth) {
        return parse(lines, source, set, ctx, options, handler, depth, new ConfigLoad(ctx.options()));
    }

    static Outcome parse(Iterable<LineReader.Line> lines, String source, MacroSet set, MacroContext ctx,
            Options options, StatementHandler handler, int depth, ConfigLoad load) {
        boolean submit = handler != null;
        IfStack ifs = new IfStack();
        HereDoc here = new HereDoc();
        int lastLine = 0;
        for (LineReader.Line l : lines) {
            // only the start: a trailing space a continuation left (VAR = a \ at the end) is kept, as in HTCondor
            String line = LineReader.trimStart(l.text());
            int number = l.number();
            lastLine = l.lastNumber();
            if (line.isEmpty() || line.charAt(0) == '#') {
                continue;
            }
            String tooMany = load.countLine();
            if (tooMany != null) {
                return new Outcome(false, -1, tooMany, tooMany, source, number, null);
            }
            ctx.at(source, number);
            try {
                Outcome o = logicalLine(line, number, source, set, ctx, options, handler, depth, submit, load, ifs, here);
                if (o != null) {
                    return o;
                }
            } catch (MacroExpansionException e) {
                return new Outcome(false, -1, e.getMessage(), e.getMessage(), source, number, line);
            }
        }
        if (here.name != null) {
            String d = "Found end-of-file while scanning for '@" + here.tag + "' in " + source;
            return new Outcome(false, -1, "", d, source, lastLine, null);
        }
        if (ifs.insideIf()) {
            String m = "endif(s) not found before end-of-file";
            return new Outcome(false, -1, m, m, source, lastLine, null);
        }
        return Outcome.OK;
    }

    /** An {@code @=} body being read: its macro name, tag and lines so far. */
    private static final class HereDoc {
        String name;
        String tag;
        final StringBuilder data = new StringBuilder();
    }

    /** One non-blank, non-comment logical line: {@code null} to go on, else the failure. */
    private static Outcome logicalLine(String line, int number, String source, MacroSet set, MacroContext ctx,
            Options options, StatementHandler handler, int depth, boolean submit, ConfigLoad load, IfStack ifs,
            HereDoc here) {
        StringBuilder hereData = here.data;
        if (here.name != null) {
            if (line.charAt(0) == '@' && here.tag.equals(line.substring(1))) {
                String value = MacroExpander.expandSelf(hereData.toString(), here.name, set, ctx);
                Outcome grown = define(set, here.name, value, hereData.length(), source, number, load);
                here.name = null;
                here.tag = null;
                hereData.setLength(0);
                return grown;
            }
            if (hereData.length() > 0) {
                hereData.append('\n');
            }
            hereData.append(line);
            return null;
        }
        if (line.charAt(0) == ':' && (ifs.insideIf() || line.matches("(?s):if(\\s.*)?"))) {
            line = line.substring(1);
        }
        String ifError = ifs.handle(line, set, ctx);
        if (ifError != null) {
            if (!ifError.isEmpty()) {
                return new Outcome(false, -1, ifError, ifError, source, number, line);
            }
            return null;
        }
        if (!ifs.enabled()) {
            return null;
        }
        Outcome o = line(line, number, source, set, ctx, options, handler, depth, submit, load);
        if (o == null) {
            return null;
        }
        if (o.ok() && o.code() == HERE_START) {
            here.name = o.message();
            here.tag = o.detail();
            hereData.setLength(0);
            return null;
        }
        if (!o.ok()) {
            return o.at(source, number, line);
        }
        return null;
    }

    private static final int HERE_START = 1;

    /** Handles one enabled line: {@code null} to go on, a failure, or a here-doc start marker. */
    private static Outcome line(String line, int number, String source, MacroSet set, MacroContext ctx,
            Options options, StatementHandler handler, int depth, boolean submit, ConfigLoad load) {
        if (submit && isPlainStatement(line)) {
            return handler.statement(line, number, set);
        }
        int len = line.length();
        int ptr = 0;
        while (ptr < len && !LineReader.isSpace(line.charAt(ptr)) && !isOp(line.charAt(ptr))) {
            ptr++;
        }
        if (ptr >= len) {
            if (line.charAt(0) == '[') {
                return null;
            }
            return Outcome.failure("", "not a definition: a name with no = or : after it");
        }
        String name = line.substring(0, ptr);
        char op = line.charAt(ptr);
        ptr++;
        int wordBeforeOp = -1;
        char plusSep = 0;
        int doublePlus = 0;
        if (!isOp(op)) {
            while (ptr < len && LineReader.isSpace(line.charAt(ptr))) {
                ptr++;
            }
            if (ptr < len && !isOp(line.charAt(ptr)) && line.charAt(ptr) != '@' && line.charAt(ptr) != '+') {
                wordBeforeOp = ptr;
            }
            while (ptr < len && !isOp(line.charAt(ptr)) && line.charAt(ptr) != '@' && line.charAt(ptr) != '+') {
                ptr++;
            }
            op = ptr < len ? line.charAt(ptr) : 0;
            if (op != 0) {
                ptr++;
                if (op == '@') {
                    if (ptr < len && line.charAt(ptr) == '=') {
                        ptr++;
                    } else {
                        op = 0;
                    }
                } else if (op == '+') {
                    if (ptr < len && ",;|&*".indexOf(line.charAt(ptr)) >= 0) {
                        plusSep = line.charAt(ptr++);
                        doublePlus = 1;
                        if (ptr < len && line.charAt(ptr) == plusSep) {
                            doublePlus = 2;
                            ptr++;
                        }
                    }
                    if (ptr < len && line.charAt(ptr) == '=') {
                        ptr++;
                    } else {
                        op = 0;
                    }
                }
            }
        }
        if (!isOp(op) && op != '@' && op != '+' && !submit) {
            return Outcome.failure("", "not a definition: missing = or :");
        }
        while (ptr < len && LineReader.isSpace(line.charAt(ptr))) {
            ptr++;
        }
        String rhs = line.substring(Math.min(ptr, len));
        String bare = name.startsWith("@") ? name.substring(1) : name;
        boolean isInclude = op == ':' && bare.equalsIgnoreCase("include");
        boolean isUse = op == ':' && bare.equalsIgnoreCase("use");
        boolean isError = op == ':' && bare.equalsIgnoreCase("error");
        boolean isWarning = op == ':' && bare.equalsIgnoreCase("warning");
        if (!isInclude && !isUse && !isError && !isWarning && op == ':' && wordBeforeOp >= 0) {
            String first = bare.toLowerCase(java.util.Locale.ROOT);
            isInclude = first.equals("include");
            isUse = first.equals("use");
            isError = first.equals("error");
            isWarning = first.equals("warning");
        }
        if (isUse) {
            if (!options.allowUse()) {
                return Outcome.failure("", "use is not supported here: " + line);
            }
            String category = wordBeforeOp < 0 ? "" : line.substring(wordBeforeOp, line.indexOf(':', wordBeforeOp));
            String problem = Metaknobs.check(category, MacroExpander.expand(rhs, set, ctx));
            return problem == null ? null : Outcome.failure("", problem);
        }
        if (isError || isWarning) {
            String msg = MacroExpander.expand(rhs, set, ctx);
            if (isWarning) {
                return null;
            }
            int code = -1;
            if (wordBeforeOp >= 0) {
                try {
                    int c = Integer.parseInt(line.substring(wordBeforeOp, line.indexOf(':', wordBeforeOp)).strip());
                    code = c > 0 ? -c : (c == 0 ? -1 : c);
                } catch (NumberFormatException e) {
                    code = -1;
                }
            }
            return new Outcome(false, code, "", "Error : " + msg, null, 0, null);
        }
        if (isInclude) {
            String keywords = wordBeforeOp < 0 ? "" : line.substring(wordBeforeOp, line.indexOf(':', wordBeforeOp)).strip();
            return include(keywords, rhs, line, set, ctx, options, handler, depth, load);
        }
        String expandedName = MacroExpander.expand(name, set, ctx);
        if (submit && op == '=' && (expandedName.startsWith("+") || expandedName.startsWith("-"))) {
            set.set("MY." + expandedName.substring(1), expandedName.startsWith("+") ? rhs : "", source, number);
            return null;
        }
        if (submit && ((op != '=' && op != '@' && op != '+') || expandedName.equalsIgnoreCase("queue"))) {
            return handler.statement(line, number, set);
        }
        if (!isValidName(expandedName)) {
            return Outcome.failure("", "Illegal Identifier: <" + expandedName + ">");
        }
        if (op == '@') {
            return new Outcome(true, HERE_START, expandedName, rhs, null, 0, null);
        }
        String value = rhs;
        if (op == '+') {
            String cur = ctx.lookup(expandedName, set);
            if (cur != null && !cur.isEmpty()) {
                StringBuilder b = new StringBuilder(cur);
                if (plusSep != 0) {
                    if (doublePlus > 1) {
                        b.append(' ').append(plusSep).append(plusSep).append(' ');
                    } else {
                        b.append(plusSep);
                    }
                } else {
                    b.append(' ');
                }
                b.append(rhs);
                value = b.toString();
            }
        }
        String expanded = MacroExpander.expandSelf(value, expandedName, set, ctx);
        return define(set, expandedName, expanded, value.length(), source, number, load);
    }

    /** Stores a definition; what its self references added counts toward the load's size. */
    private static Outcome define(MacroSet set, String name, String value, int written, String source, int number,
            ConfigLoad load) {
        set.set(name, value, source, number);
        String tooMuch = value.length() > written ? load.chargeChars(value.length() - written) : null;
        return tooMuch == null ? null : new Outcome(false, -1, tooMuch, tooMuch, source, number, null);
    }

    /**
     * {@code include [ifexist] [command [into <file>]] : name}: reads the named file as part of
     * this text, where the options allow. Commands are never run: a name with a {@code |} and
     * {@code command}/{@code output} are refused, except that {@code into <file>} reads that file
     * when it already holds the command's output (HTCondor runs the command only when it does
     * not).
     */
    private static Outcome include(String keywords, String rhs, String line, MacroSet set, MacroContext ctx,
            Options options, StatementHandler handler, int depth, ConfigLoad load) {
        // the keywords between 'include' and ':', compared case-sensitively as HTCondor does
        List<String> words = keywords.isEmpty() ? List.of() : List.of(keywords.split("[ \t]+"));
        int w = 0;
        boolean ifExists = false;
        boolean command = false;
        String into = null;
        if (w < words.size() && (words.get(w).equals("ifexist") || words.get(w).equals("ifexists"))) {
            ifExists = true;
            w++;
        }
        if (w < words.size() && (words.get(w).equals("command") || words.get(w).equals("output"))) {
            command = true;
            w++;
            if (w < words.size() && words.get(w).equals("into")) {
                if (++w >= words.size()) {
                    return Outcome.failure("", "expected filename after keyword 'into'");
                }
                into = words.get(w++);
            }
        }
        if (w < words.size()) {
            return Outcome.failure("", "unexpected keyword(s) '" + keywords + "' after include");
        }
        if (!options.allowInclude()) {
            return Outcome.failure("", "include statement is not allowed in this context");
        }
        String name;
        if (into != null) {
            if (into.indexOf('|') >= 0) {
                return Outcome.failure("", "destination for 'include into' may not be a script");
            }
            name = MacroExpander.expand(into, set, ctx).strip();
            if (name.isEmpty()) {
                return Outcome.failure("", "destination for 'include into' expanded to ''");
            }
        } else {
            name = MacroExpander.expand(rhs, set, ctx).strip();
            if (command || name.indexOf('|') >= 0) {
                return Outcome.failure("", "'" + Excerpt.shorten(line) + "' runs a command, which jclassad never does");
            }
        }
        if (depth + 1 >= load.options().maxIncludeDepth()) {
            return Outcome.failure("includes nested too deep", "includes nested too deep");
        }
        String text;
        try {
            Path p = ctx.cwd() != null ? ctx.cwd().resolve(name) : Path.of(name);
            text = load.readFile(load.options().files().check(p), name);
        } catch (ConfigurationException tooLong) {
            return Outcome.failure("", tooLong.detail());
        } catch (AccessDeniedException denied) {
            if (ifExists) {
                return null;
            }
            return Outcome.failure("", "cannot read include file " + name + ": " + denied.getReason());
        } catch (IOException | RuntimeException missing) {
            if (ifExists && into == null) {
                return null;
            }
            if (into != null) {
                return Outcome.failure("", "'" + Excerpt.shorten(line) + "' runs a command to make " + name
                        + ", which jclassad never does");
            }
            return Outcome.failure("", "cannot read include file " + name);
        }
        String tooMuch = load.chargeChars(text.length());
        if (tooMuch != null) {
            return Outcome.failure("", tooMuch);
        }
        return okOrNull(parse(LineReader.lines(text), name, set, ctx, options, handler, depth + 1, load));
    }


    private static Outcome okOrNull(Outcome o) {
        return o.ok() ? null : o;
    }
}
