using FundingPortal.Application.Common.Localisation;

namespace FundingPortal.Web.Pages.Shared;

/// <summary>The layout, the navigation and the error summary, shared by every page.</summary>
public sealed class LayoutTexts : TextSet
{
    public LayoutTexts()
        : base("Layout")
    {
        Add("SiteTitle", "Portail des projets du Pôle Ouest", "Pôle Ouest project portal");
        Add("SkipLink", "Aller au contenu", "Skip to content");
        Add("Tagline", "Portail des projets collaboratifs", "Collaborative project portal");
        Add("SignOut", "Se déconnecter", "Sign out");
        Add("LanguageSwitch", "Langue", "Language");
        Add("Footer", "Pôle de compétitivité du Grand-Ouest — Bretagne, Normandie, Pays de la Loire. Les heures sont données à l'heure de Paris.",
            "Grand-Ouest competitiveness cluster — Brittany, Normandy, Pays de la Loire. Times are given in Paris time.");
        Add("FooterLinks", "Informations sur le portail", "About the portal");
        Add("FooterAccessibility", "Accessibilité : non conforme", "Accessibility: not compliant");
        Add("FooterLegalNotice", "Mentions légales", "Legal notice");
        Add("FooterPersonalData", "Données personnelles", "Personal data");
        Add("FooterHelp", "Aide", "Help");
        Add("FooterVerify", "Vérifier un document", "Verify a document");
        Add("MainNavigation", "Navigation principale", "Main navigation");
        Add("NavSignIn", "Se connecter", "Sign in");
        Add("NavRegister", "Créer un compte", "Create an account");
        Add("NavDashboard", "Tableau de bord", "Dashboard");
        Add("NavCalls", "Appels à projets", "Calls for projects");
        Add("NavProposals", "Dossiers", "Proposals");
        Add("NavRanking", "Classement et labellisation", "Ranking and labelling");
        Add("NavCoFunding", "Cofinancement", "Co-funding");
        Add("NavCoLabelling", "Demandes de co-labellisation", "Co-labelling requests");
        Add("NavClusters", "Pôles", "Clusters");
        Add("NavAccounts", "Experts et financeurs", "Experts and funders");
        Add("NavMyProposals", "Mes dossiers", "My proposals");
        Add("NavMyReviews", "Mes évaluations", "My reviews");
        Add("NavMyCommittees", "Mes comités", "My committees");
        Add("NavFundingRequests", "Demandes de financement", "Funding requests");
        Add("NavMyOrganisation", "Mon organisation", "My organisation");
        Add("NavMyInvitations", "Mes invitations", "My invitations");
        AddSame("NavNotifications", "Notifications");
        Add("NavMyAccount", "Mon compte", "My account");
        Add("ErrorSummaryTitle", "Votre demande n'a pas abouti", "Your request could not be completed");
    }
}
