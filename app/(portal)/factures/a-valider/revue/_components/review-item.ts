/** What the queue shows of one invoice: formatted on the server, plain data for the client. */
export interface ReviewItem {
  id: number;
  numero: string;
  fournisseur: string;
  destinataire: string;
  dateFacture: string;
  dateDepot: string;
  montantHT: string;
  montantTTC: string;
  statut: string;
}
