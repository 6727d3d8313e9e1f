using FundingPortal.Domain.Common;

namespace FundingPortal.Domain.Proposals;

/// <summary>One message of a dossier's thread between its consortium and the cluster's managers (experts and funders never see it).</summary>
public sealed class ProposalMessage : Entity
{
    public const int MaxBodyLength = 10_000;

    private ProposalMessage()
    {
    }

    public Guid ProposalId { get; private set; }
    public Guid AuthorUserId { get; private set; }
    public string AuthorDisplayName { get; private set; } = string.Empty;
    public MessageSide Side { get; private set; }
    public string Body { get; private set; } = string.Empty;
    public DateTimeOffset SentAt { get; private set; }
    public Guid? CorrectionRequestId { get; private set; }

    public static Result<ProposalMessage> Write(Guid proposalId, Guid authorUserId, string authorDisplayName, MessageSide side, string? body,
        Guid? correctionRequestId, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return Error.Field("body", "validation_failed", "The message is empty.");
        }

        if (body.Length > MaxBodyLength)
        {
            return Error.Field("body", "message_too_long", "A message is 10,000 characters at most.");
        }

        if (TextRules.HasForbiddenCharacters(body, multiline: true))
        {
            return Error.Field("body", "invalid_characters", "The message holds control characters.");
        }

        return new ProposalMessage
        {
            ProposalId = proposalId,
            AuthorUserId = authorUserId,
            AuthorDisplayName = authorDisplayName,
            Side = side,
            Body = body.Trim(),
            SentAt = now,
            CorrectionRequestId = correctionRequestId,
        };
    }
}
