using FundingPortal.Domain.Common;
using FundingPortal.Domain.Proposals;
using FundingPortal.Domain.UnitTests.CoFunding;

namespace FundingPortal.Domain.UnitTests.Proposals;

public sealed class AttachmentQuotaTests
{
    private const long Megabyte = 1024 * 1024;

    private static (Proposal Proposal, FundingPortal.Domain.Calls.Call Call) Draft()
    {
        var call = CoFundingFactory.Call();
        var proposal = Proposal.Create(call, Guid.NewGuid(), "FP-2026-0001", new ProjectFields("QUOTA", "Projet quota", null, [], 4, 7, 36), CoFundingFactory.Now).Value;
        return (proposal, call);
    }

    private static Result<ProposalAttachment> Add(Proposal proposal, FundingPortal.Domain.Calls.Call call, long size) =>
        proposal.AddAttachment(AttachmentKind.Annex, "annexe.pdf", size, new string('a', 64), Guid.NewGuid(), call, CoFundingFactory.Now);

    [Fact]
    public void A_dossier_takes_50_attachments_and_refuses_the_51st_as_too_large()
    {
        var (proposal, call) = Draft();
        for (var i = 0; i < 50; i++)
        {
            Assert.True(Add(proposal, call, 1024).IsSuccess);
        }

        var refused = Add(proposal, call, 1024);
        Assert.Equal(("quota_exceeded", ErrorKind.TooLarge), (refused.Error!.Code, refused.Error.Kind));
        Assert.Equal(50, proposal.Attachments.Count);
    }

    [Fact]
    public void A_dossier_takes_100_MB_in_all_and_refuses_the_byte_beyond()
    {
        var (proposal, call) = Draft();
        for (var i = 0; i < 10; i++)
        {
            Assert.True(Add(proposal, call, 10 * Megabyte).IsSuccess);
        }

        Assert.Equal("quota_exceeded", Add(proposal, call, 1).Error!.Code);
        Assert.Equal(10, proposal.Attachments.Count);

        var (other, otherCall) = Draft();
        Assert.True(Add(other, otherCall, 100 * Megabyte - 1).IsSuccess);
        Assert.True(Add(other, otherCall, 1).IsSuccess);
        Assert.False(Add(other, otherCall, 1).IsSuccess);
    }
}
