using System.Text.Json;
using System.Text.Json.Serialization;
using FundingPortal.Application.Abstractions;
using FundingPortal.Domain.Audit;

namespace FundingPortal.Infrastructure.Audit;

/// <summary>
/// Writes a <see cref="PersonalField"/> of an entry's details as its marker and hands the clear value to the entry being
/// written (<see cref="Capture"/>). Serialisation is synchronous, so the entry in progress is a thread-static.
/// </summary>
internal sealed class PersonalFieldConverter : JsonConverter<PersonalField>
{
    [ThreadStatic]
    private static PersonalFieldCapture? _current;

    public static string? Serialise(object? details, PersonalFieldCapture capture)
    {
        if (details is null)
        {
            return null;
        }

        _current = capture;
        try
        {
            return JsonSerializer.Serialize(details, AuditJson.Options);
        }
        finally
        {
            _current = null;
        }
    }

    public override PersonalField Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("Audit details are written, never read back into personal fields.");

    public override void Write(Utf8JsonWriter writer, PersonalField value, JsonSerializerOptions options)
    {
        var capture = _current ?? throw new InvalidOperationException("A personal field is only written inside an audit entry.");
        writer.WriteStringValue(capture.Add(value).Marker);
    }
}

/// <summary>The personal values of the entry being written: where it goes, who writes it, and the values captured so far.</summary>
internal sealed class PersonalFieldCapture(string streamType, Guid streamId, Guid? actor, DateTimeOffset now)
{
    public List<AuditPersonalValue> Values { get; } = [];

    public AuditPersonalValue Add(PersonalField field)
    {
        var value = AuditPersonalValue.Record(streamType, streamId, field.SubjectUserId ?? actor, field.Value ?? string.Empty, now);
        Values.Add(value);
        return value;
    }
}
