using FundingPortal.Application.Calls;
using FundingPortal.Domain.Proposals;

namespace FundingPortal.Application.Proposals;

public sealed record CorrectionRequestResponse(Guid Id, string Message, InstantDto DueAt, IReadOnlyList<CorrectionScope> Scope, CorrectionStatus Status,
    DateTimeOffset RequestedAt, int? AnsweredVersion)
{
    public static CorrectionRequestResponse From(CorrectionRequest c, DateTimeOffset now) =>
        new(c.Id, c.Message, InstantDto.From(c.DueAt), c.Scope, c.StatusAt(now), c.RequestedAt, c.AnsweredVersion);
}
