using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;

namespace FundingPortal.Api.IntegrationTests.Security.Suite;

/// <summary>A generated request, kept as text so a failure can be printed and replayed.</summary>
public sealed record FuzzRequest(string Method, string Path, string? Body, string? ContentType, IReadOnlyDictionary<string, string> Headers,
    IReadOnlyList<(string Name, string? FileName, byte[] Bytes)>? Form)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), Path);
        foreach (var (name, value) in Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (Form is not null)
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (name, fileName, bytes) in Form)
            {
                var part = new ByteArrayContent(bytes);
                if (fileName is null)
                {
                    multipart.Add(part, name);
                }
                else
                {
                    part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
                    part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"{name}\"; filename=\"{fileName.Replace("\"", "", StringComparison.Ordinal)}\"");
                    multipart.Add(part);
                }
            }

            message.Content = multipart;
        }
        else if (Body is not null)
        {
            message.Content = new StringContent(Body, Encoding.UTF8);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(ContentType ?? "application/json");
        }

        return message;
    }

    public override string ToString()
    {
        var body = Form is not null
            ? "multipart " + string.Join(", ", Form.Select(f => f.FileName is null ? $"{f.Name}={Short(Encoding.UTF8.GetString(f.Bytes))}" : $"{f.Name}=<{f.Bytes.Length} bytes '{Short(f.FileName)}'>"))
            : Body is null ? "" : Short(Body);
        return $"{Method} {Short(Path, 200)} {string.Join(" ", Headers.Select(h => $"[{h.Key}: {Short(h.Value)}]"))} {body}";
    }

    private static string Short(string text, int length = 160)
    {
        var escaped = string.Concat(text.Take(length + 1).Select(c => c < ' ' || c is >= '\u007f' and <= '\u009f' || char.IsSurrogate(c) || c is >= '\u202a' and <= '\u202e'
            ? $"\\u{(int)c:x4}" : c.ToString()));
        return text.Length > length ? escaped[..Math.Min(escaped.Length, length)] + $"…({text.Length} chars)" : escaped;
    }
}

/// <summary>
/// Generates requests for an operation of the OpenAPI document: real ids in the path (sometimes hostile ones), query,
/// header and body values that follow the schema, mixed with hostile ones field by field, and now and then a whole
/// hostile body (truncated, too deep, duplicate keys).
/// </summary>
public sealed class RequestGenerator(JsonObject document, ObjectIds ids)
{
    private const int MaxDepth = 6;

    public Gen<FuzzRequest> For(ApiOperation operation)
    {
        var path = PathGen(operation);
        var query = QueryGen(operation);
        var headers = HeaderGen(operation);
        var body = operation.IsMultipart ? FormGen(operation).Select(f => ((string?)null, (string?)null, (IReadOnlyList<(string, string?, byte[])>?)f))
            : BodyGen(operation).Select(b => (b.Body, b.ContentType, (IReadOnlyList<(string, string?, byte[])>?)null));
        return Gen.Select(path, query, headers, body, (p, q, h, b) => new FuzzRequest(operation.Method, p + q, b.Item1, b.Item2, h, b.Item3));
    }

    private Gen<string> PathGen(ApiOperation operation)
    {
        var names = System.Text.RegularExpressions.Regex.Matches(operation.PathTemplate, @"\{([^}:]+)").Select(m => m.Groups[1].Value).ToList();
        if (names.Count == 0)
        {
            return Gen.Const(operation.PathTemplate);
        }

        var values = names.Select(name => Gen.Frequency(
            (8, Gen.Int[0, 1_000_000].Select(i => ids.Pick(ObjectIds.KindOf(operation.PathTemplate, name), n => i % n))),
            (1, Gen.OneOf(ids.All.DefaultIfEmpty(Guid.Empty.ToString()).ToArray())),
            (1, Gen.OneOf(Guid.NewGuid().ToString(), Guid.Empty.ToString(), "-1", "99999999999", "not-an-id", "%00", "..%2F..%2Fadmin")))).ToArray();
        return Gen.Select(values.Aggregate(Gen.Const(ImmutableListOf()), (all, next) => Gen.Select(all, next, (list, v) => list.Add(v))),
            list => OpenApiEndpoints.Fill(operation.PathTemplate, name => list[names.IndexOf(name)]).Replace("%2525", "%25", StringComparison.Ordinal));
    }

    private static System.Collections.Immutable.ImmutableList<string> ImmutableListOf() => System.Collections.Immutable.ImmutableList<string>.Empty;

    private Gen<string> QueryGen(ApiOperation operation)
    {
        var parameters = operation.Parameters.Where(p => p.In == "query").ToList();
        if (parameters.Count == 0)
        {
            return Gen.Frequency((9, Gen.Const("")), (1, Gen.OneOf("?x%00y=1", "?unknown=%01", "?" + new string('q', 5000) + "=1")));
        }

        var each = parameters.Select(p => Gen.Frequency(
            (3, Gen.Const("")),
            (4, Value(p.Schema, p.Name, 0).Select(v => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(AsText(v))}")),
            (3, HostileValues.Field.Select(v => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(AsText(v))}")))).ToArray();
        return each.Aggregate(Gen.Const(""), (all, next) => Gen.Select(all, next, (a, b) => b.Length == 0 ? a : a.Length == 0 ? "?" + b : a + "&" + b));
    }

    private static string AsText(JsonNode? value) => value is JsonValue v && v.TryGetValue<string>(out var s) ? s.Length > 20_000 ? s[..20_000] : s : value?.ToJsonString() ?? "";

    private Gen<IReadOnlyDictionary<string, string>> HeaderGen(ApiOperation operation)
    {
        var headers = operation.Parameters.Where(p => p.In == "header").ToList();
        var each = headers.Select(h => Gen.Frequency(
            (2, Gen.Const((h.Name, (string?)null))),
            (2, Gen.Int[0, 999].Select(i => (h.Name, (string?)$"key-{i}"))),
            (1, Gen.OneOf("\u0001", "a\u0000b", new string('k', 4000), "\"quoted\"", "W/\"5\"").Select(v => (h.Name, (string?)v))))).ToArray();
        return each.Aggregate(Gen.Const<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()),
            (all, next) => Gen.Select(all, next, (d, kv) => kv.Item2 is null ? d : new Dictionary<string, string>(d) { [kv.Item1] = kv.Item2 }));
    }

    private Gen<(string? Body, string? ContentType)> BodyGen(ApiOperation operation)
    {
        if (operation.JsonBodySchema is null)
        {
            return operation.IsUnsafe
                ? Gen.Frequency((8, Gen.Const<(string?, string?)>((null, null))), (2, Gen.OneOf(HostileValues.Bodies).Select(b => ((string?)b, (string?)"application/json"))))
                : Gen.Const<(string?, string?)>((null, null));
        }

        var schema = OpenApiEndpoints.Resolve(operation.JsonBodySchema, document);
        var valid = Valid(schema, "", 0);
        // One field hostile at a time, so that the others pass and the hostile value reaches the code behind them.
        var oneHostileField = Gen.Select(valid, Gen.Int[0, 1_000_000], Gen.Int[0, 1_000_000], (v, field, choice) => Mutate(v, field, choice));
        return Gen.Frequency(
            (3, valid.Select(v => ((string?)v?.ToJsonString(), (string?)"application/json"))),
            (8, oneHostileField.Select(v => ((string?)v?.ToJsonString(), (string?)"application/json"))),
            (2, Gen.OneOf(HostileValues.Bodies).Select(b => ((string?)b, (string?)"application/json"))),
            (1, valid.Select(v => ((string?)DuplicateFirstKey(v), (string?)"application/json"))),
            (1, valid.Select(v => ((string?)v?.ToJsonString(), (string?)"text/plain"))));
    }

    private static JsonNode? Mutate(JsonNode? value, int field, int choice)
    {
        var leaves = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(value, leaves);
        if (leaves.Count == 0)
        {
            return HostileValues.Pick("", choice);
        }

        var (parent, key, index) = leaves[field % leaves.Count];
        if (parent is JsonObject o)
        {
            o[key!] = HostileValues.Pick(key!, choice);
        }
        else
        {
            ((JsonArray)parent)[index] = HostileValues.Pick("", choice);
        }

        return value;
    }

    private static void Collect(JsonNode? node, List<(JsonNode Parent, string? Key, int Index)> leaves)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    leaves.Add((o, key, -1));
                    Collect(child, leaves);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    leaves.Add((a, null, i));
                    Collect(a[i], leaves);
                }

                break;
        }
    }

    private static string? DuplicateFirstKey(JsonNode? value) =>
        value is JsonObject { Count: > 0 } o ? "{" + $"\"{o.First().Key}\":\"dup\"," + o.ToJsonString()[1..] : value?.ToJsonString();

    private Gen<IReadOnlyList<(string, string?, byte[])>> FormGen(ApiOperation operation)
    {
        var file = Gen.OneOf(
            TestPdfs.OnePage("Fuzz"), TestPdfs.HtmlPolyglot(), Encoding.UTF8.GetBytes("just text"), [], Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF"));
        var fileName = Gen.OneOf("annexe.pdf", "invoice\u202efdp.exe", "..\\..\\etc\\passwd", "a\u0001.pdf", new string('n', 600) + ".pdf", "", "😀.pdf");
        var kind = Gen.Frequency((3, Gen.OneOf("Annex", "ConsortiumAgreement")), (2, Gen.OneOf(HostileValues.Strings)));
        return Gen.Select(file, fileName, kind, Gen.Int[0, 3], (f, n, k, shape) => (IReadOnlyList<(string, string?, byte[])>)(shape switch
        {
            0 => [("kind", null, Encoding.UTF8.GetBytes(k))],
            1 => [("file", n, f)],
            _ => [("file", n, f), ("kind", null, Encoding.UTF8.GetBytes(k))],
        }));
    }

    /// <summary>A value following the schema.</summary>
    public Gen<JsonNode?> Value(JsonObject? schema, string name, int depth) => Valid(schema, name, depth);

    private Gen<JsonNode?> Valid(JsonObject? schema, string name, int depth)
    {
        schema = OpenApiEndpoints.Resolve(schema, document);
        if (schema is null || depth > MaxDepth)
        {
            return Gen.Const((JsonNode?)null);
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            var branches = oneOf.OfType<JsonObject>().Where(b => b["type"]?.ToString() != "null").ToList();
            return branches.Count == 0 ? Gen.Const((JsonNode?)null) : Valid(branches[0], name, depth);
        }

        if (schema["enum"] is JsonArray values)
        {
            return Gen.OneOf(values.Select(v => v?.ToString() ?? "").ToArray()).Select(v => (JsonNode?)JsonValue.Create(v));
        }

        var type = schema["type"] switch
        {
            JsonArray types => types.Select(t => t?.ToString()).FirstOrDefault(t => t != "null"),
            JsonValue single => single.ToString(),
            _ => schema["properties"] is not null ? "object" : schema["format"]?.ToString() is "date" ? "string" : null,
        };
        var format = schema["format"]?.ToString();
        return type switch
        {
            "string" => StringValue(format, name),
            "integer" => Gen.Frequency((5, Gen.Int[0, 60]), (1, Gen.Int[-5, 5000])).Select(i => (JsonNode?)JsonValue.Create(i)),
            "number" => Gen.OneOf(0m, 3m, 4.5m, 0.225m, 70m, 12_500.5m, 250_000m, 1_000_000m).Select(d => (JsonNode?)JsonValue.Create(d)),
            "boolean" => Gen.Bool.Select(b => (JsonNode?)JsonValue.Create(b)),
            "array" => ArrayValue(schema, name, depth),
            "object" => ObjectValue(schema, depth),
            _ => Gen.Const((JsonNode?)null),
        };
    }

    private Gen<JsonNode?> StringValue(string? format, string name)
    {
        var ids = format == "uuid" ? ObjectIdsFor(name) : [];
        return (format, name) switch
        {
            ("uuid", _) => Gen.Frequency((8, Gen.OneOf(ids)), (1, Gen.Const(Guid.NewGuid().ToString()))).Select(v => (JsonNode?)JsonValue.Create(v)),
            ("date", _) => Gen.OneOf("2015-01-01", "2026-10-19", "2030-12-31").Select(v => (JsonNode?)JsonValue.Create(v)),
            ("date-time", _) => Gen.OneOf("2027-06-01T09:00:00Z", "2026-10-19T16:00:00+02:00").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "localDateTime") => Gen.OneOf("2027-06-01T09:00:00", "2027-10-19T18:00:00", "2027-10-31T02:30:00").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "timeZone") => Gen.OneOf("Europe/Paris", "Indian/Reunion", "America/Cayenne").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "email") => Gen.Int[0, 9999].Select(i => (JsonNode?)JsonValue.Create($"fuzz-{i}@example.test")),
            (_, "siren") => Gen.OneOf("732829320", "552100554", "123456789").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "region" or "territory") => Gen.OneOf("FR-BRE", "FR-NOR", "FR-PDL", "FR-XXX").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "password") => Gen.OneOf("correct-horse-battery", "short").Select(v => (JsonNode?)JsonValue.Create(v)),
            (_, "roles") => Gen.OneOf("Expert", "FunderOfficer", "ClusterManager", "Applicant").Select(v => (JsonNode?)JsonValue.Create(v)),
            _ => Gen.Frequency((4, Gen.OneOf("Texte du dossier", "OCÉAN-5G", "innovation", "Réseaux 5G privés pour les ports de l'Ouest")),
                (1, Gen.Int[0, 99_999].Select(i => $"texte {i.ToString(CultureInfo.InvariantCulture)}"))).Select(v => (JsonNode?)JsonValue.Create(v)),
        };
    }

    private string[] ObjectIdsFor(string name)
    {
        var kind = name.EndsWith("Ids", StringComparison.Ordinal) ? ObjectIds.KindOf("", name[..^1]) : ObjectIds.KindOf("", name);
        var known = ids.Of(kind);
        return known.Count > 0 ? [.. known] : [.. ids.All.DefaultIfEmpty(Guid.NewGuid().ToString())];
    }

    private Gen<JsonNode?> ArrayValue(JsonObject schema, string name, int depth) =>
        Gen.Int[0, 3].SelectMany(count => Enumerable.Range(0, count)
            .Aggregate(Gen.Const(() => new List<JsonNode?>()), (all, _) => Gen.Select(all, Value(schema["items"] as JsonObject, name, depth + 1), (list, item) => { list.Add(item); return list; })))
            .Select(items => (JsonNode?)new JsonArray(items.Select(i => i?.DeepClone()).ToArray()));

    private Gen<JsonNode?> ObjectValue(JsonObject schema, int depth)
    {
        var properties = (schema["properties"] as JsonObject)?.Select(p => (p.Key, Schema: p.Value as JsonObject)).ToList() ?? [];
        var fields = properties.Select(p => Gen.Frequency((1, Gen.Const<(string, JsonNode?, bool)>((p.Key, null, false))),
            (6, Value(p.Schema, p.Key, depth + 1).Select(v => (p.Key, v, true))))).ToArray();
        var extra = schema["additionalProperties"] is JsonObject valueSchema
            ? Gen.Int[0, 3].SelectMany(count => Enumerable.Range(0, count).Aggregate(Gen.Const(() => new List<(string, JsonNode?, bool)>()), (all, _) =>
                Gen.Select(all, Gen.OneOf("innovation", "market", "consortium", "Sme", "MidCap", "Large", "Research", "unknown", "\u0000"), Value(valueSchema, "", depth + 1),
                    (list, key, v) => { list.Add((key, v, true)); return list; })))
            : Gen.Const(() => new List<(string, JsonNode?, bool)>());
        return Gen.Select(fields.Aggregate(Gen.Const(() => new List<(string, JsonNode?, bool)>()), (all, next) => Gen.Select(all, next, (list, f) => { list.Add(f); return list; })),
            extra, (own, more) =>
            {
                var o = new JsonObject();
                foreach (var (key, value, present) in own.Concat(more).Where(f => f.Item3))
                {
                    o[key] = value?.DeepClone();
                }

                return (JsonNode?)o;
            });
    }
}
