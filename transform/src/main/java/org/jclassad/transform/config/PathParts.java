package org.jclassad.transform.config;

import java.util.ArrayList;
import java.util.List;

/**
 * The path macro functions: {@code $BASENAME(f[,suffix])}, {@code $DIRNAME(f)} and
 * {@code $F<flags>(f)} with p (directory, trailing separator kept), n (name), x (extension),
 * d (one parent directory per d), b (bare: no trailing separator, no leading dot), q/a (double or
 * single quotes), f (full path against the working directory), w/u (backslash or slash
 * separators). The argument is a macro name, else literal text; surrounding quotes are dropped.
 */
final class PathParts {
    private PathParts() {
    }

    static String evaluate(int id, String func, String body, MacroSet set, MacroContext ctx) {
        String killSuffix = null;
        String name = body;
        if (id == MacroRef.BASENAME) {
            int comma = body.lastIndexOf(',');
            if (comma >= 0 && body.indexOf(')', comma) < 0) {
                killSuffix = body.substring(comma + 1).stripLeading();
                name = body.substring(0, comma);
            }
        }
        String mval = ctx.lookup(name, set);
        if (mval == null) {
            mval = name;
        }
        if (mval.indexOf('$') >= 0) {
            mval = MacroExpander.expand(mval, set, ctx);
        }
        int parts = 0;
        int numDirs = 0;
        boolean quoted = false;
        boolean fullPath = false;
        char toPathChar = 0;
        boolean bare = false;
        boolean argQuote = false;
        if (id == MacroRef.BASENAME) {
            parts = 1 | 2;
        } else if (id == MacroRef.DIRNAME) {
            parts = 4;
        } else {
            for (int i = 1; i < func.length(); i++) {
                switch (func.charAt(i) | 0x20) {
                    case 'x': parts |= 1; break;
                    case 'n': parts |= 2; break;
                    case 'p': parts |= 4; break;
                    case 'd': parts |= 8; numDirs++; break;
                    case 'a': argQuote = true; break;
                    case 'b': bare = true; break;
                    case 'f': fullPath = true; break;
                    case 'w': toPathChar = '\\'; break;
                    case 'u': toPathChar = '/'; break;
                    case 'q': quoted = true; break;
                    default: break;
                }
            }
        }
        char quote = quoted ? (argQuote ? '\'' : '"') : 0;
        String um = unquote(mval);
        String buf;
        if (fullPath) {
            buf = fullPathQuoted(um, ctx, quote, toPathChar);
        } else {
            buf = pathQuoted(um, quote, toPathChar);
        }
        int ixend = buf.length();
        int ixn = basename(buf);
        int ixx = extension(buf, ixn);
        if (killSuffix != null) {
            int cch = killSuffix.length();
            if (ixend - cch >= ixn && buf.regionMatches(true, ixend - cch, killSuffix, 0, cch)) {
                ixx = ixend - cch;
                parts &= ~1;
            }
        }
        if (ixn == 0 && (parts & 3) != 0) {
            parts &= ~(4 | 8);
        }
        int tv;
        switch (parts & 0xF) {
            case 1:
                tv = ixx;
                if (bare && ixx < ixend) {
                    tv++;
                }
                break;
            case 3:
                tv = ixn;
                break;
            case 2:
                tv = ixn;
                ixend = ixx;
                break;
            case 0:
            case 7:
            case 5:
                tv = 0;
                break;
            case 4:
                tv = 0;
                ixend = ixn;
                if (bare && ixn > 0) {
                    ixend = ixn - 1;
                }
                break;
            case 6:
                tv = 0;
                ixend = ixx;
                break;
            default:
                if (ixn > 0) {
                    tv = basenamePlusDirs(buf, numDirs);
                    if ((parts & 3) == 2) {
                        ixend = ixx;
                    } else if ((parts & 3) == 0) {
                        ixend = ixn;
                        if (bare && ixn > 0) {
                            ixend = ixn - 1;
                        }
                    }
                } else {
                    ixend = Math.min(1, buf.length());
                    tv = ixend;
                }
                break;
        }
        if (ixend < tv) {
            ixend = tv;
        }
        String out = buf.substring(tv, ixend);
        if (quoted) {
            if (out.isEmpty() || out.charAt(0) != quote) {
                out = quote + out;
            }
            if (out.length() > 1 && out.charAt(out.length() - 1) == quote) {
                out = out.substring(0, out.length() - 1);
            }
            out = out + quote;
        }
        return out;
    }

    private static String unquote(String s) {
        int n = s.length();
        if (n > 1 && s.charAt(0) == s.charAt(n - 1) && (s.charAt(0) == '"' || s.charAt(0) == '\'')) {
            return s.substring(1, n - 1);
        }
        return s;
    }

    /** Copies {@code s} dropping a leading {@code "} (or the quote char) and its match, adding quotes. */
    private static String quotedCopy(String s, char quoted) {
        char q = 0;
        String str = s;
        if (!str.isEmpty() && (str.charAt(0) == '"' || (quoted != 0 && str.charAt(0) == quoted))) {
            q = str.charAt(0);
            str = str.substring(1);
        }
        if (q != 0 && !str.isEmpty() && str.charAt(str.length() - 1) == q) {
            str = str.substring(0, str.length() - 1);
        }
        return quoted != 0 ? quoted + str + quoted : str;
    }

    private static String pathQuoted(String s, char quoted, char toPathChar) {
        String out = quotedCopy(s, quoted);
        if (toPathChar != 0) {
            char from = toPathChar == '/' ? '\\' : '/';
            out = out.replace(from, toPathChar);
        }
        return out;
    }

    private static String fullPathQuoted(String name, MacroContext ctx, char quoted, char toPathChar) {
        String cwd = ctx.cwd() == null ? null : ctx.cwd().toString();
        if (name.startsWith("/") || cwd == null || cwd.isEmpty()) {
            return pathQuoted(name, quoted, toPathChar);
        }
        char delim = toPathChar != 0 ? toPathChar : '/';
        String dir = cwd.endsWith("/") ? cwd.substring(0, cwd.length() - 1) : cwd;
        String rest = name;
        if (rest.length() > 2 && rest.charAt(0) == '.' && (rest.charAt(1) == '/' || rest.charAt(1) == toPathChar)) {
            rest = rest.substring(2);
        }
        return pathQuoted(quotedCopy(dir, (char) 0) + delim + quotedCopy(rest, (char) 0), quoted, toPathChar);
    }

    /** Index of the file name part: just past the last {@code /}. */
    private static int basename(String s) {
        return s.lastIndexOf('/') + 1;
    }

    /** Index of the extension's dot in the name starting at {@code from}, or the end. */
    private static int extension(String s, int from) {
        int dot = s.lastIndexOf('.');
        return dot >= from ? dot : s.length();
    }

    private static int basenamePlusDirs(String path, int numDirs) {
        List<Integer> seps = new ArrayList<>();
        int p = 0;
        if (path.startsWith("\\\\")) {
            if (path.length() > 3 && path.charAt(2) == '.' && path.charAt(3) == '\\') {
                seps.add(4);
                p = 4;
            } else {
                seps.add(2);
                p = 2;
            }
        }
        for (; p < path.length(); p++) {
            char c = path.charAt(p);
            if (c == '\\' || c == '/') {
                seps.add(p + 1);
            }
        }
        for (int i = 0; i < numDirs && !seps.isEmpty(); i++) {
            seps.remove(seps.size() - 1);
        }
        return seps.isEmpty() ? 0 : seps.get(seps.size() - 1);
    }
}
