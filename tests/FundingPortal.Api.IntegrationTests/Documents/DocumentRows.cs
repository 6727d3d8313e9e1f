using FundingPortal.Api.IntegrationTests.Infrastructure;
using FundingPortal.Domain.Documents;
using FundingPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FundingPortal.Api.IntegrationTests.Documents;

/// <summary>A dossier's document rows and stored PDFs, read straight from the host's database.</summary>
public static class DocumentRows
{
    public static async Task<List<GeneratedDocument>> Of(ApiFactory factory, Guid proposalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AppDbContext>().GeneratedDocuments.AsNoTracking()
            .Where(d => d.ProposalId == proposalId).ToListAsync();
    }

    /// <summary>Stored PDFs: one per rendered document, never two.</summary>
    public static async Task<int> Contents(ApiFactory factory, Guid proposalId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await db.DocumentContents.CountAsync(c => db.GeneratedDocuments.Any(d => d.Id == c.DocumentId && d.ProposalId == proposalId));
    }
}
