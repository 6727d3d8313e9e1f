using System.Text.Json;
using MassTransit;

namespace FundingPortal.Infrastructure.Messaging.Parking;

/// <summary>What is kept of a message that failed: its id, Contracts type and JSON, read from MassTransit's envelope.</summary>
public sealed record FailedEnvelope(string Queue, Guid MessageId, string MessageType, string Payload, string Error)
{
    public static FailedEnvelope From(ExceptionReceiveContext context)
    {
        var body = context.Body.GetString();
        var messageId = context.GetMessageId() ?? Guid.Empty;
        var messageType = string.Empty;
        var payload = body;
        try
        {
            using var envelope = JsonDocument.Parse(body);
            var root = envelope.RootElement;
            if (root.TryGetProperty("messageType", out var types) && types.ValueKind == JsonValueKind.Array && types.GetArrayLength() > 0)
            {
                messageType = MessageTypes.FromMessageUrn(types[0].GetString() ?? string.Empty);
            }

            if (root.TryGetProperty("message", out var message))
            {
                payload = message.GetRawText();
            }

            if (messageId == Guid.Empty && root.TryGetProperty("messageId", out var id) && id.TryGetGuid(out var parsed))
            {
                messageId = parsed;
            }
        }
        catch (JsonException)
        {
            // Not a MassTransit JSON envelope: keep the raw body so a human can still read it.
        }

        var error = context.Exception is { } exception ? $"{exception.GetType().Name}: {exception.Message}" : "Unknown failure";
        return new FailedEnvelope(QueueName.Of(context.InputAddress), messageId, messageType, payload, error.Length > 4000 ? error[..4000] : error);
    }
}
