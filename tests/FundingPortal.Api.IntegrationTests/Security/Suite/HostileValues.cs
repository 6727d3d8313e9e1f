using System.Text.Json.Nodes;
using CsCheck;

namespace FundingPortal.Api.IntegrationTests.Security.Suite;

/// <summary>The values an outside probe throws at an API: wrong types, extremes, controls, extreme dates, odd text.</summary>
public static class HostileValues
{
    public static readonly string Megabyte = new('A', 1024 * 1024);

    public static readonly string[] Strings =
    [
        "", " ", "\u0000", "a\u0000b", "contrôle\u0001\u0007\u001b[31m", "tab\tand\r\nbreaks", "invoice\u202efdp.exe", "\ud800", "NotAKnownValue", "0", "-1",
        "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "null", "true", "1e400", "00000000-0000-0000-0000-000000000000",
        "0001-01-01T00:00:00", "9999-12-31T23:59:59", "2027-06-01T09:00:00+05:00", "2027-03-28T02:30:00", "1850-01-01", "😀🇫🇷", new string('é', 5000),
    ];

    public static readonly JsonNode?[] Scalars =
    [
        null, JsonValue.Create(true), JsonValue.Create(-1), JsonValue.Create(0), JsonValue.Create(1.234m), JsonValue.Create(-0.001m),
        JsonValue.Create(79228162514264337593543950335m), JsonValue.Create(long.MaxValue), JsonValue.Create(int.MinValue), JsonNode.Parse("1e30"),
        JsonNode.Parse("-1e30"), JsonValue.Create(2147483648L),
    ];

    /// <summary>A hostile value for a field: any of the above, an empty or huge array, an object, a 1 MB string.</summary>
    public static Gen<JsonNode?> Field { get; } = Gen.Frequency(
        (6, Gen.OneOf(Strings).Select(s => (JsonNode?)JsonValue.Create(s))),
        (5, Gen.Int[0, Scalars.Length - 1].Select(i => Scalars[i]?.DeepClone())),
        (1, Gen.Const<JsonNode?>(() => JsonValue.Create(Megabyte))),
        (1, Gen.Const<JsonNode?>(() => new JsonArray())),
        (1, Gen.Const<JsonNode?>(() => new JsonArray(Enumerable.Range(0, 3000).Select(i => (JsonNode?)JsonValue.Create($"item-{i}")).ToArray()))),
        (1, Gen.Const<JsonNode?>(() => new JsonObject { ["nested"] = new JsonObject { ["deeper"] = "x" } })));

    /// <summary>Times at the edges: years 1 and 9999, before 2000, an offset on a local time, the spring gap, the autumn overlap, garbage.</summary>
    public static readonly string[] Times =
    [
        "0001-01-01T00:00:00", "9999-12-31T23:59:59", "1999-12-31T23:59:59", "2027-06-01T09:00:00+05:00", "2027-06-01T09:00:00Z", "2027-03-28T02:30:00",
        "2027-10-31T02:30:00", "2100-12-31T23:59:59", "demain", "1850-01-01", "9999-12-31", "0001-01-01T00:00:00Z",
    ];

    /// <summary>A hostile value aimed at what the field is: times for times and zones, text with controls for text.</summary>
    public static Gen<JsonNode?> For(string name) => name switch
    {
        "localDateTime" or "from" or "to" or "dueAt" or "startsAt" or "expiresAt" =>
            Gen.Frequency((3, Gen.OneOf(Times).Select(t => (JsonNode?)JsonValue.Create(t))), (1, Field)),
        "timeZone" => Gen.Frequency((3, Gen.OneOf("Pacific/Kiritimati", "Etc/GMT+12", "Paris", "../../etc/localtime", "\u0000", "").Select(t => (JsonNode?)JsonValue.Create(t))),
            (1, Field)),
        _ => Field,
    };

    /// <summary>The <paramref name="choice"/>-th hostile value for a field of that name (the same list as <see cref="For"/>, picked by index).</summary>
    public static JsonNode? Pick(string name, int choice)
    {
        JsonNode?[] special =
        [
            JsonValue.Create(Megabyte), new JsonArray(), new JsonArray(Enumerable.Range(0, 3000).Select(i => (JsonNode?)JsonValue.Create($"item-{i}")).ToArray()),
            new JsonObject { ["nested"] = new JsonObject { ["deeper"] = "x" } },
        ];
        var aimed = name is "localDateTime" or "from" or "to" or "dueAt" or "startsAt" or "expiresAt" ? Times : [];
        var all = aimed.Concat(aimed).Select(t => (JsonNode?)JsonValue.Create(t))
            .Concat(Strings.Select(t => (JsonNode?)JsonValue.Create(t))).Concat(Scalars.Select(v => v?.DeepClone())).Concat(special).ToList();
        return all[choice % all.Count];
    }

    /// <summary>Whole bodies that are not what any endpoint expects: truncated, the wrong shape, too deep, a number too large for any type.</summary>
    public static readonly string[] Bodies =
    [
        "{\"a\": ", "[1, 2, 3]", "\"just a string\"", "null", "{\"x\": 1e400}", "", "{}", "{\"\\u0000\": 1}", "{\"a\":1,\"a\":2}",
        string.Concat(Enumerable.Repeat("[", 300)) + string.Concat(Enumerable.Repeat("]", 300)),
        string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + string.Concat(Enumerable.Repeat("}", 200)),
    ];
}
