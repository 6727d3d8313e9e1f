using FundingPortal.Application.Documents;
using FundingPortal.Infrastructure.Documents.Pdf;

using static FundingPortal.Infrastructure.Documents.Renderers.DocumentLanguage;

namespace FundingPortal.Infrastructure.Documents.Renderers;

/// <summary>The rows that name the project and its call at the top of the decision documents.</summary>
internal static class ProjectRows
{
    public static KeyValue[] Of(ProjectIdentity project, string callTitle) =>
    [
        new(T("Référence du dossier", "Dossier reference"), project.Reference),
        new(T("Acronyme", "Acronym"), project.Acronym),
        new(T("Titre du projet", "Project title"), project.Title),
        new(T("Appel à projets", "Call for projects"), callTitle),
    ];
}
