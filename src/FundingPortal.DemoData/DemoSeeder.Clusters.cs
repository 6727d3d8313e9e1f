using FundingPortal.Application.Common;
using FundingPortal.Domain.Clusters;
using FundingPortal.Domain.Proposals;
using FundingPortal.Infrastructure.Identity;

namespace FundingPortal.DemoData;

/// <summary>
/// The alliance in the demo (ADR 0029): the first cluster, Images &amp; Réseaux (made by the migration, run by the bootstrap
/// manager), TES in Normandie and the partner cluster EMC2 in Pays de la Loire, each with a manager; AGRI-IOT, submitted to
/// the open call, asked TES to co-label it and waits for TES's decision.
/// </summary>
public sealed partial class DemoSeeder
{
    public const string DemoTesManagerEmail = "gestion@pole-tes.fr";
    public const string DemoEmc2ManagerEmail = "gestion@pole-emc2.fr";

    private async Task SeedClustersAsync(Proposal askingTes, DateTimeOffset at, DateTimeOffset now, CancellationToken ct)
    {
        var tes = Cluster.Create("TES — Transactions électroniques sécurisées", "TES", ["FR-NOR"], now).Value;
        var emc2 = Cluster.Create("EMC2 — Manufacturing", "EMC2", ["FR-PDL"], now).Value;
        db.Clusters.AddRange(tes, emc2);
        await db.SaveChangesAsync(ct);
        await Manager(DemoTesManagerEmail, tes.Id);
        await Manager(DemoEmc2ManagerEmail, emc2.Id);
        db.CoLabellingRequests.Add(CoLabellingRequest.Ask(askingTes.Id, tes.Id, at));
        await db.SaveChangesAsync(ct);

        async Task Manager(string email, Guid clusterId)
        {
            var user = new AppUser { Id = Guid.CreateVersion7(), UserName = email, Email = email, EmailConfirmed = true, CreatedAt = now, MfaExempt = true };
            var created = await users.CreateAsync(user, DemoPassword);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Demo manager {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            await users.AddToRoleAsync(user, Roles.ClusterManager);
            db.ManagerMemberships.Add(ManagerMembership.Of(user.Id, clusterId));
        }
    }
}
