using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using FundingPortal.Domain.Common;

namespace FundingPortal.Api.Http;

public static class JsonSetup
{
    public static void Configure(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        options.Converters.Add(new UtcInstantConverter());
        options.Converters.Add(new CalendarDateConverter());
        options.NumberHandling = JsonNumberHandling.Strict;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
    }

    /// <summary>Instants are written in UTC with a 'Z' (2026-10-19T16:00:00Z); any offset is accepted on input, within <see cref="TimeBounds"/>.</summary>
    private sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var instant = reader.GetDateTimeOffset();
            return TimeBounds.Contains(instant) ? instant : throw new JsonInputException(TimeBounds.Code, TimeBounds.InstantMessage);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
    }

    /// <summary>Calendar dates are "2026-10-19", within <see cref="TimeBounds"/>.</summary>
    private sealed class CalendarDateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String
                || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new JsonException("The JSON value could not be converted to a date (expected \"yyyy-MM-dd\").");
            }

            return TimeBounds.Contains(date) ? date : throw new JsonInputException(TimeBounds.Code, TimeBounds.DateMessage);
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
