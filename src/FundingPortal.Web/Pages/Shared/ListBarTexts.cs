using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The search, sort and count bar above the lists (_ListBar), and the orders the lists offer.</summary>
public sealed class ListBarTexts : TextSet
{
    public ListBarTexts()
        : base("ListBar")
    {
        Add("Label", "Rechercher et trier la liste", "Search and sort the list");
        Add("SortLabel", "Choisir et trier la liste", "Choose and sort the list");
        Add("Sort", "Trier par", "Sort by");
        Add("Apply", "Afficher", "Show");
        Add("ResultsOne", "{0} résultat", "{0} result");
        Add("ResultsMany", "{0} résultats", "{0} results");
        Add("Matching", " pour « {0} »", " for “{0}”");
        Add("NoMatch", "Aucun élément ne correspond à cette recherche : essayez d'autres mots.", "Nothing matches this search: try other words.");
        Add("Newest", "Les plus récents d'abord", "Newest first");
        Add("Oldest", "Les plus anciens d'abord", "Oldest first");
        Add("TitleAz", "Titre, de A à Z", "Title, A to Z");
        Add("TitleZa", "Titre, de Z à A", "Title, Z to A");
        Add("DeadlineLatest", "Date limite la plus lointaine d'abord", "Latest deadline first");
        Add("DeadlineSoonest", "Date limite la plus proche d'abord", "Earliest deadline first");
        Add("DueSoonest", "Échéance la plus proche d'abord", "Earliest due date first");
        Add("DueLatest", "Échéance la plus lointaine d'abord", "Latest due date first");
        Add("ReferenceAz", "Référence, dans l'ordre", "Reference, in order");
        Add("ChangedLatest", "Dernière modification la plus récente d'abord", "Most recently changed first");
        Add("AcronymAz", "Acronyme, de A à Z", "Acronym, A to Z");
        Add("AcronymZa", "Acronyme, de Z à A", "Acronym, Z to A");
        Add("ReferenceZa", "Référence, dans l'ordre inverse", "Reference, reverse order");
        Add("RankFirst", "Rang, du premier au dernier", "Rank, first to last");
        Add("RankLast", "Rang, du dernier au premier", "Rank, last to first");
        Add("NameAz", "Nom, de A à Z", "Name, A to Z");
        Add("NameZa", "Nom, de Z à A", "Name, Z to A");
        Add("EmailAz", "Adresse, de A à Z", "Address, A to Z");
        Add("EmailZa", "Adresse, de Z à A", "Address, Z to A");
    }
}
