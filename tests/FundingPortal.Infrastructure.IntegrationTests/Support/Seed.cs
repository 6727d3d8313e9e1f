using FundingPortal.Domain.Calls;
using FundingPortal.Domain.Common;
using FundingPortal.Domain.Organisations;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.Identity;
using FundingPortal.Infrastructure.Persistence;

namespace FundingPortal.Infrastructure.IntegrationTests.Support;

/// <summary>Test data written straight through the domain and EF Core.</summary>
public static class Seed
{
    public static async Task<IReadOnlyList<Guid>> Members(WorkerTestHost host, Guid organisationId, int count) =>
        await host.Query(async db =>
        {
            var ids = new List<Guid>();
            for (var i = 0; i < count; i++)
            {
                var email = $"member-{Guid.NewGuid():N}@example.test";
                var user = new AppUser
                {
                    Id = Guid.CreateVersion7(),
                    UserName = email,
                    NormalizedUserName = email.ToUpperInvariant(),
                    Email = email,
                    NormalizedEmail = email.ToUpperInvariant(),
                    SecurityStamp = Guid.NewGuid().ToString("N"),
                    OrganisationId = organisationId,
                    CreatedAt = host.Clock.GetUtcNow(),
                };
                db.Users.Add(user);
                ids.Add(user.Id);
            }

            await db.SaveChangesAsync();
            return (IReadOnlyList<Guid>)ids;
        });

    /// <summary>A published call, open since yesterday, whose submission deadline is <paramref name="deadline"/> from now.</summary>
    public static async Task<Call> OpenCall(WorkerTestHost host, TimeSpan deadline)
    {
        var now = host.Clock.GetUtcNow();
        var call = Call.Create(new CallDefinition("Appel à projets collaboratifs", "FUI-Régions", null, ["FR-BRE"],
            new CallTimeline(Paris(now.AddDays(-1)), Paris(now + deadline), Paris(now + deadline + TimeSpan.FromDays(30)),
                Paris(now + deadline + TimeSpan.FromDays(40)), Paris(now + deadline + TimeSpan.FromDays(120))),
            EligibilityRules.Default, EvaluationGrid.Default, 2, false, [AnyFunder()]), now.AddDays(-2)).Value;
        Assert.True(call.Publish(now.AddDays(-2)).IsSuccess);
        await host.Query(async db =>
        {
            db.Calls.Add(call);
            return await db.SaveChangesAsync();
        });
        return call;
    }

    public static async Task<Proposal> Draft(WorkerTestHost host, Call call, Guid lead, params Guid[] partners)
    {
        var now = host.Clock.GetUtcNow();
        var proposal = Proposal.Create(call, lead, $"FP-{Guid.NewGuid():N}"[..20], new ProjectFields("ACRO", "Projet d'essai", null, [], 3, 6, 36), now).Value;
        foreach (var partner in partners)
        {
            Assert.True(proposal.AddPartner(partner, call, now).IsSuccess);
        }

        await host.Query(async db =>
        {
            db.Proposals.Add(proposal);
            return await db.SaveChangesAsync();
        });
        return proposal;
    }

    private static LocalInstant Paris(DateTimeOffset utc)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(LocalInstant.DefaultTimeZone);
        var local = TimeZoneInfo.ConvertTime(utc, zone).DateTime;
        return LocalInstant.Create(new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute, 0), LocalInstant.DefaultTimeZone).Value;
    }

    /// <summary>A call is published with at least one funder (its terms do not matter here).</summary>
    private static CallFunder AnyFunder() =>
        CallFunder.Create(Guid.NewGuid(), 1_000_000m, new Dictionary<OrganisationCategory, decimal>
        {
            [OrganisationCategory.Sme] = 0.45m, [OrganisationCategory.MidCap] = 0.30m, [OrganisationCategory.Large] = 0.25m, [OrganisationCategory.Research] = 0.40m,
        }, null, 0).Value;
}
