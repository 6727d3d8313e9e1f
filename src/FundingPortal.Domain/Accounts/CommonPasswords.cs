namespace FundingPortal.Domain.Accounts;

/// <summary>The shipped list of common passwords (CommonPasswords/README.md says where it comes from), read once.</summary>
public static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    /// <summary>Keyboard rows and counting, forwards and backwards: "123456789012", "azertyuiopqs", "cbazyx…".</summary>
    private static readonly string[] Sequences = Both("01234567890123456789", "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz",
        "azertyuiopqsdfghjklmwxcvbn", "qwertyuiopasdfghjklzxcvbnm");

    /// <summary>
    /// The password itself, or its core once surrounding digits and symbols are removed, is on the list; or it is one
    /// character repeated, or a run along the keyboard or the alphabet.
    /// </summary>
    public static bool Contains(string password)
    {
        var lower = password.Trim().ToLowerInvariant();
        if (List.Value.Contains(lower) || lower.Distinct().Count() == 1 || Sequences.Any(s => s.Contains(lower, StringComparison.Ordinal)))
        {
            return true;
        }

        var core = lower.Trim(NonLetters(lower));
        return core.Length > 0 && List.Value.Contains(core);
    }

    private static string[] Both(params string[] sequences) =>
        sequences.Concat(sequences.Select(s => new string(s.Reverse().ToArray()))).ToArray();

    private static char[] NonLetters(string value) => value.Where(c => !char.IsLetter(c)).Distinct().ToArray();

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("FundingPortal.Domain.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The common password list is not embedded in the domain assembly.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}
