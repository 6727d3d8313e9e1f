namespace FundingPortal.Api.IntegrationTests.Security.Suite;

/// <summary>
/// Real ids of the world's objects, by kind, so that path parameters name existing things (another organisation's
/// dossier, an expert's assignment, a generated document…) rather than random GUIDs that any endpoint would 404.
/// A parameter's kind comes from the path segment before it ("/api/assignments/{id}" → assignments), so a new
/// endpoint under a known resource gets real ids without editing the tests.
/// </summary>
public sealed class ObjectIds
{
    private readonly Dictionary<string, List<string>> _byKind = new(StringComparer.Ordinal);

    public void Add(string kind, params object?[] ids)
    {
        if (!_byKind.TryGetValue(kind, out var list))
        {
            _byKind[kind] = list = [];
        }

        list.AddRange(ids.Where(i => i is not null).Select(i => i!.ToString()!).Where(i => i.Length > 0 && !list.Contains(i)));
    }

    public IReadOnlyList<string> Of(string kind) => _byKind.TryGetValue(kind, out var list) ? list : [];

    public IEnumerable<string> All => _byKind.Values.SelectMany(v => v).Distinct();

    /// <summary>The kind of object a path parameter names: "{organisationId}" → organisations; "/calls/{id}" → calls.</summary>
    public static string KindOf(string template, string parameter)
    {
        if (parameter.EndsWith("Id", StringComparison.Ordinal) && parameter.Length > 2)
        {
            return Plural(parameter[..^2]);
        }

        var marker = "{" + parameter;
        var at = template.IndexOf(marker, StringComparison.Ordinal);
        var before = at <= 1 ? "" : template[..(at - 1)];
        var segment = before[(before.LastIndexOf('/') + 1)..];
        return segment switch
        {
            "partners" or "members" => "organisations",
            "users" => "users",
            _ => segment,
        };
    }

    private static string Plural(string singular) => singular switch
    {
        "proposal" => "proposals",
        "call" => "calls",
        "organisation" => "organisations",
        "attachment" => "attachments",
        "assignment" => "assignments",
        "user" => "users",
        "expert" => "experts",
        "funder" => "funders",
        "document" => "documents",
        "notification" => "notifications",
        _ => singular + "s",
    };

    /// <summary>A real id of that kind when there is one, else a fresh GUID (or "1" for a version).</summary>
    public string Pick(string kind, Func<int, int> random)
    {
        if (kind == "versions")
        {
            return "1";
        }

        var known = Of(kind);
        return known.Count > 0 ? known[random(known.Count)] : Guid.NewGuid().ToString();
    }
}
