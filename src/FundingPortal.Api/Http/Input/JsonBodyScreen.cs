using System.Text;
using System.Text.Json;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.Http.Input;

/// <summary>
/// Reads a JSON body once, before any endpoint binds it: every string value and property name, at any depth, is checked
/// for control characters (the escaped ones: raw controls are already invalid JSON), and an object naming the same
/// property twice is refused, since the binder would silently keep one of them. Case is ignored, as the binder ignores it.
/// Syntax errors are left to the binder, which reports them as invalid_json with their position.
/// </summary>
public static class JsonBodyScreen
{
    public static Error? Check(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var path = new List<Frame>();
        try
        {
            while (reader.Read())
            {
                var problem = reader.TokenType switch
                {
                    JsonTokenType.StartObject => Enter(path, new Frame(null, new HashSet<string>(StringComparer.OrdinalIgnoreCase))),
                    JsonTokenType.StartArray => Enter(path, new Frame(-1, null)),
                    JsonTokenType.EndObject or JsonTokenType.EndArray => Leave(path),
                    JsonTokenType.PropertyName => Name(ref reader, path),
                    _ => Value(ref reader, path),
                };
                if (problem is not null)
                {
                    return problem;
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            // A lone surrogate escape (\ud800) cannot become a string.
            return Error.Field(Describe(path), "invalid_characters", $"'{Describe(path)}' is not valid Unicode text.");
        }

        return null;
    }

    private static Error? Enter(List<Frame> path, Frame frame)
    {
        NextElement(path);
        path.Add(frame);
        return null;
    }

    private static Error? Leave(List<Frame> path)
    {
        path.RemoveAt(path.Count - 1);
        return null;
    }

    private static Error? Name(ref Utf8JsonReader reader, List<Frame> path)
    {
        var name = reader.GetString()!;
        var frame = path[^1];
        frame.Property = name;
        if (ControlCharacters.IndexOfForbidden(name) is var at and >= 0)
        {
            return ControlCharacters.Rejected(Describe(path), name[at]);
        }

        return frame.Names!.Add(name)
            ? null
            : Error.Field(Describe(path), "malformed_json", $"The property '{Describe(path)}' appears more than once in the same object; send it once.");
    }

    private static Error? Value(ref Utf8JsonReader reader, List<Frame> path)
    {
        NextElement(path);
        if (reader.TokenType != JsonTokenType.String || !reader.ValueIsEscaped)
        {
            return null;
        }

        var value = reader.GetString();
        return ControlCharacters.IndexOfForbidden(value) is var at and >= 0 ? ControlCharacters.Rejected(Describe(path), value![at]) : null;
    }

    private static void NextElement(List<Frame> path)
    {
        if (path.Count > 0 && path[^1].Index is { } index)
        {
            path[^1].Index = index + 1;
        }
    }

    /// <summary>"funders[1].rates.Sme", as the binder names fields.</summary>
    private static string Describe(List<Frame> path)
    {
        var builder = new StringBuilder();
        foreach (var frame in path)
        {
            if (frame.Index is { } index)
            {
                builder.Append('[').Append(Math.Max(index, 0)).Append(']');
            }
            else if (frame.Property is { } property)
            {
                builder.Append(builder.Length == 0 ? "" : ".").Append(property);
            }
        }

        return builder.Length == 0 ? "$" : builder.ToString();
    }

    private sealed class Frame(int? index, HashSet<string>? names)
    {
        public int? Index { get; set; } = index;
        public string? Property { get; set; }
        public HashSet<string>? Names { get; } = names;
    }
}
